// Batch page: follows the batch's progress from /api/batches/{id} until it is finished, and filters its table.
// Everything from the server is written with textContent, never as HTML.
(function () {
  'use strict';
  const head = document.getElementById('batch');
  if (!head) return;
  const id = head.dataset.batch;
  const body = document.querySelector('#batch-docs tbody');
  const q = document.getElementById('batch-q');
  const status = document.getElementById('batch-status');
  const errors = document.getElementById('batch-errors');
  const uncertain = document.getElementById('batch-uncertain');
  const shown = document.getElementById('batch-shown');
  const kinds = { budget: '预算', final: '决算' };
  const levels = { department: '部门', unit: '单位' };

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function row(f) {
    const tr = document.createElement('tr');
    const d = f.document;
    tr.dataset.seq = f.seq;
    tr.dataset.status = f.status;
    if (d) { tr.dataset.errors = d.errors; tr.dataset.uncertain = d.uncertain; }
    cell(tr, f.seq, 'num');
    cell(tr, f.name, 'file');
    if (d) {
      const td = cell(tr, '', 'unit');
      const a = document.createElement('a');
      a.href = '/documents/' + encodeURIComponent(d.id);
      a.textContent = d.unit || '（未识别单位）';
      td.appendChild(a);
      cell(tr, d.year == null ? '—' : d.year);
      cell(tr, (kinds[d.kind] || '') + '·' + (levels[d.level] || ''), 'kind');
      cell(tr, d.errors, 'num errors');
      cell(tr, d.realWarnings, 'num warnings');
      cell(tr, d.withinRounding, 'num rounding');
      cell(tr, d.uncertain, 'num uncertain');
      cell(tr, d.completeness == null ? '' : Number(d.completeness).toLocaleString('zh-CN', { maximumFractionDigits: 1 }), 'num');
    } else {
      cell(tr, '—'); cell(tr, '—'); cell(tr, '—');
      for (let i = 0; i < 5; i++) cell(tr, '', 'num');
    }
    cell(tr, f.status === 'done' ? '已检查' : f.status === 'failed' ? '无法读取：' + (f.error || '') : '排队中', 'status ' + f.status);
    return tr;
  }

  function filter() {
    const text = (q.value || '').trim();
    let n = 0;
    const rows = body.querySelectorAll('tr');
    rows.forEach(function (tr) {
      const ok = (!text || tr.textContent.indexOf(text) >= 0)
        && (!status.value || tr.dataset.status === status.value)
        && (!errors.checked || Number(tr.dataset.errors || 0) > 0)
        && (!uncertain.checked || Number(tr.dataset.uncertain || 0) > 0);
      tr.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = '显示 ' + n + ' / ' + rows.length + ' 份';
  }

  function progress(b) {
    const bar = document.getElementById('progress');
    bar.max = b.total;
    bar.value = b.done + b.failed;
    document.getElementById('progress-text').textContent = b.finished
      ? '已完成：检查 ' + b.done + ' 份' + (b.failed > 0 ? '，' + b.failed + ' 份无法读取' : '')
      : '正在检查：' + (b.done + b.failed) + ' / ' + b.total;
    document.getElementById('download-note').textContent = b.finished ? '' : '（检查中：下载的是已检查完的部分）';
    head.dataset.finished = b.finished ? 'true' : 'false';
  }

  function poll() {
    fetch('/api/batches/' + encodeURIComponent(id), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(function (b) {
        progress(b);
        const fresh = document.createDocumentFragment();
        b.files.forEach(function (f) { fresh.appendChild(row(f)); });
        body.replaceChildren(fresh);
        filter();
        if (!b.finished) setTimeout(poll, 1500);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }

  [q, status, errors, uncertain].forEach(function (el) { el.addEventListener('input', filter); el.addEventListener('change', filter); });
  filter();
  if (head.dataset.finished !== 'true') setTimeout(poll, 1000);
})();
