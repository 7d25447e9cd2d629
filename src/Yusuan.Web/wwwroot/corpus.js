// Corpus charts (Apache ECharts), drawn from the JSON the server embeds in #corpus-data. Amounts are 万元.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('corpus-data').textContent);
  const money = function (v) { return v == null ? '—' : Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };

  function draw(id, option, hasData) {
    const el = document.getElementById(id);
    if (!el) return;
    if (!hasData) {
      el.innerHTML = '<p class="chart-empty">暂无数据</p>';
      el.dataset.empty = 'true';
      return;
    }
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({ animation: false, tooltip: { trigger: 'item' } }, option));
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  draw('chart-composition', {
    tooltip: { trigger: 'item', formatter: function (p) { return p.name + '<br>' + money(p.value) + ' 万元（' + p.percent + '%）'; } },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['35%', '70%'], center: ['35%', '50%'], label: { show: false },
      data: data.composition.map(function (c) { return { name: c.code + ' ' + c.name, value: Number(c.amount) }; }) }]
  }, data.composition.length > 0);

  draw('chart-basic-project', {
    tooltip: { trigger: 'item', formatter: function (p) { return p.name + '<br>' + money(p.value) + ' 万元（' + p.percent + '%）'; } },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: '65%', label: { formatter: '{b}\n{d}%' },
      data: [{ name: '基本支出', value: Number(data.basic) }, { name: '项目支出', value: Number(data.project) }] }]
  }, Number(data.basic) + Number(data.project) > 0);

  const years = data.threePublic.map(function (y) { return String(y.year); });
  draw('chart-three-public', {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: '因公出国（境）费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.overseas); }) },
      { name: '公务接待费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.reception); }) },
      { name: '公务用车购置及运行费', type: 'bar', stack: 'tp', data: data.threePublic.map(function (y) { return Number(y.vehicles); }) },
      { name: '合计', type: 'line', data: data.threePublic.map(function (y) { return Number(y.total); }) }
    ]
  }, years.length > 0);

  draw('chart-completeness', {
    tooltip: { trigger: 'axis' },
    grid: { left: 50, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'category', name: '分', data: ['0-10', '10-20', '20-30', '30-40', '40-50', '50-60', '60-70', '70-80', '80-90', '90-100'] },
    yAxis: { type: 'value', name: '份数', minInterval: 1 },
    series: [{ type: 'bar', data: data.completenessBands }]
  }, data.completenessBands.length > 0);

  const unitYears = data.unitSeries.map(function (y) { return String(y.year); });
  const line = function (name, key) { return { name: name, type: 'line', connectNulls: true, data: data.unitSeries.map(function (y) { return y[key] == null ? null : Number(y[key]); }) }; };
  draw('chart-unit', {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 70, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: unitYears },
    yAxis: { type: 'value', name: '万元' },
    series: [line('收入总计', 'income'), line('支出合计', 'expense'), line('基本支出', 'basic'), line('项目支出', 'project'), line('“三公”经费', 'threePublic')]
  }, unitYears.length > 0);

  const rules = data.rules.slice(0, 12).reverse();
  draw('chart-rules', {
    tooltip: { trigger: 'axis' },
    grid: { left: 180, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rules.map(function (r) { return r.rule; }) },
    series: [{ type: 'bar', data: rules.map(function (r) { return r.count; }) }]
  }, rules.length > 0);
})();
