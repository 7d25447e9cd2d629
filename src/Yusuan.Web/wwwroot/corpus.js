// Corpus charts (Apache ECharts), drawn from the JSON the server embeds in #corpus-data. Amounts are 万元.
// Every string a tooltip formatter returns is HTML to ECharts: names come from uploaded documents, so each one goes
// through esc() (echarts.format.encodeHTML) before it is put in; the default formatters are not used for names.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('corpus-data').textContent);
  const esc = function (s) { return echarts.format.encodeHTML(s == null ? '' : String(s)); };
  const money = function (v) {
    return v == null ? '—' : Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  };
  const axisMoney = function (v) { return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 }); };
  const narrow = window.matchMedia('(max-width: 600px)').matches;

  function draw(id, option, hasData) {
    const el = document.getElementById(id);
    if (!el) return;
    if (!hasData) {
      el.innerHTML = '<p class="chart-empty">暂无数据</p>';
      el.dataset.empty = 'true';
      return;
    }
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({ animation: false }, option));
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // Tooltip for an item (pie slice, bar): its name, the figure in 万元 and its share.
  function itemTip(p) {
    return esc(p.name) + '<br>' + money(p.value) + ' 万元' + (p.percent != null ? '（' + esc(p.percent) + '%）' : '');
  }

  // Tooltip for an axis: the category, then each series with its figure.
  function axisTip(unit) {
    return function (items) {
      if (!items.length) return '';
      let html = esc(items[0].axisValueLabel);
      items.forEach(function (p) {
        html += '<br>' + p.marker + esc(p.seriesName) + '：' + (unit ? money(p.value) + ' ' + unit : esc(p.value));
      });
      return html;
    };
  }

  const grid = { left: 12, right: 24, top: 36, bottom: 56, containLabel: true };

  draw('chart-composition', {
    tooltip: { trigger: 'item', formatter: itemTip },
    legend: narrow ? { type: 'scroll', bottom: 0, formatter: function (n) { return n; } } : { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['35%', '68%'], center: narrow ? ['50%', '42%'] : ['32%', '50%'], label: { show: false },
      data: data.composition.map(function (c) { return { name: c.code + ' ' + c.name, value: Number(c.amount) }; }) }]
  }, data.composition.length > 0);

  draw('chart-basic-project', {
    tooltip: { trigger: 'item', formatter: itemTip },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: '60%', label: { formatter: '{b}\n{d}%' },
      data: [{ name: '基本支出', value: Number(data.basic) }, { name: '项目支出', value: Number(data.project) }] }]
  }, Number(data.basic) + Number(data.project) > 0);

  const years = data.threePublic.map(function (y) { return String(y.year); });
  draw('chart-three-public', {
    tooltip: { trigger: 'axis', formatter: axisTip('万元') },
    legend: { bottom: 0, type: 'scroll' },
    grid: grid,
    xAxis: { type: 'category', data: years, name: '年度', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: '万元', axisLabel: { formatter: axisMoney } },
    series: [
      { name: '因公出国（境）费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.overseas); }) },
      { name: '公务接待费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.reception); }) },
      { name: '公务用车购置及运行费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.vehicles); }) },
      { name: '合计', type: 'line', data: data.threePublic.map(function (y) { return Number(y.total); }) }
    ]
  }, years.length > 0);

  draw('chart-completeness', {
    tooltip: { trigger: 'axis', formatter: axisTip('份') },
    grid: grid,
    xAxis: { type: 'category', name: '完整性（分）', nameLocation: 'middle', nameGap: 28,
      data: ['0-10', '10-20', '20-30', '30-40', '40-50', '50-60', '60-70', '70-80', '80-90', '90-100'] },
    yAxis: { type: 'value', name: '份数', minInterval: 1 },
    series: [{ name: '文档', type: 'bar', data: data.completenessBands }]
  }, data.completenessBands.length > 0);

  const unitYears = data.unitSeries.map(function (y) { return String(y.year); });
  const line = function (name, key) {
    return { name: name, type: 'line', connectNulls: true, data: data.unitSeries.map(function (y) { return y[key] == null ? null : Number(y[key]); }) };
  };
  draw('chart-unit', {
    tooltip: { trigger: 'axis', formatter: axisTip('万元') },
    legend: { bottom: 0, type: 'scroll' },
    grid: grid,
    xAxis: { type: 'category', data: unitYears, name: '年度', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: '万元', axisLabel: { formatter: axisMoney } },
    series: [line('收入总计', 'income'), line('支出合计', 'expense'), line('基本支出', 'basic'), line('项目支出', 'project'), line('“三公”经费', 'threePublic')]
  }, unitYears.length > 0);

  const rules = data.rules.slice(0, 12).reverse();
  const short = function (s) { return s.length > 14 ? s.slice(0, 13) + '…' : s; };
  draw('chart-rules', {
    tooltip: { trigger: 'axis', formatter: function (items) { return esc(rules[items[0].dataIndex].title) + '<br>' + esc(items[0].value) + ' 次'; } },
    grid: { left: 12, right: 24, top: 10, bottom: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: '次数', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: rules.map(function (r) { return short(r.title); }) },
    series: [{ name: '次数', type: 'bar', data: rules.map(function (r) { return r.count; }) }]
  }, rules.length > 0);
})();
