// Findings panel: severity, rounding and text filters, jumping from a finding to its highlighted place, and to its box
// on the original page (原文页面).
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

  // A finding's box on its page image (or the page itself when the reader measured no box): scrolled to the middle of
  // the screen and marked until another one is chosen.
  function showOnPage(id) {
    const target = document.getElementById(id);
    if (!target) return false;
    document.querySelectorAll('.sheet .box.active, figure.page.active').forEach(function (el) { el.classList.remove('active'); });
    target.classList.add('active');
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash');
    void target.offsetWidth;
    target.classList.add('flash');
    return true;
  }

  // A page image refused because the render queue was full is asked for once more a little later.
  document.querySelectorAll('.sheet img').forEach(function (img) {
    img.addEventListener('error', function () {
      if (img.dataset.retried) return;
      img.dataset.retried = 'true';
      setTimeout(function () { img.src = img.src.split('?')[0] + '?again=1'; }, 5000);
    });
  });

  panel.addEventListener('click', function (e) {
    const pageLink = e.target.closest('a[data-goto-page]');
    if (pageLink) {
      if (showOnPage(pageLink.dataset.gotoPage)) e.preventDefault();
      return;
    }
    const link = e.target.closest('a[data-goto]');
    if (!link) {
      const item = e.target.closest('li.finding[data-page-target]');
      if (item && !e.target.closest('a, input, label, button')) showOnPage(item.dataset.pageTarget);
      return;
    }
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
