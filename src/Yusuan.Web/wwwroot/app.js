// Findings panel: severity, rounding and text filters, and jumping from a finding to its highlighted place.
(function () {
  'use strict';
  const panel = document.getElementById('findings');
  if (!panel) return;
  const boxes = panel.querySelectorAll('input[data-filter-severity]');
  const rounding = document.getElementById('show-rounding');
  const search = document.getElementById('rule-filter');

  function apply() {
    const text = (search && search.value || '').trim().toLowerCase();
    const showRounding = !!(rounding && rounding.checked);
    boxes.forEach(function (box) {
      document.body.classList.toggle('hide-' + box.dataset.filterSeverity, !box.checked);
    });
    document.body.classList.toggle('show-rounding', showRounding);
    panel.querySelectorAll('li.finding[data-severity]').forEach(function (li) {
      const box = panel.querySelector('input[data-filter-severity="' + li.dataset.severity + '"]');
      const matches = !text || li.textContent.toLowerCase().indexOf(text) >= 0 || (li.dataset.rule || '').toLowerCase().indexOf(text) >= 0;
      const shown = (!box || box.checked) && (showRounding || li.dataset.rounding !== 'true') && matches;
      li.hidden = !shown;
    });
    panel.querySelectorAll('section.group').forEach(function (g) {
      g.hidden = !g.querySelector('li.finding:not([hidden])');
    });
  }

  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (rounding) rounding.addEventListener('change', apply);
  if (search) search.addEventListener('input', apply);

  panel.addEventListener('click', function (e) {
    const link = e.target.closest('a[data-goto]');
    if (!link) return;
    const target = document.querySelector('[data-mark="' + link.dataset.goto + '"]');
    if (!target) return;
    e.preventDefault();
    const details = target.closest('details');
    if (details) details.open = true;
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash');
    void target.offsetWidth;
    target.classList.add('flash');
  });
})();
