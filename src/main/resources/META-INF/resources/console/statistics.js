/*
 * The console's charts: each element with class "chart" carries its series as JSON in data-series
 * ({"labels": [...], "values": [...]}, or {"labels": [...], "stacks": [{"name", "values"}...]} for
 * bars stacked by series, with a legend); Apache ECharts (served by the service from its webjar) draws
 * it. No inline script and no network: the numbers are in the page, beside the charts, as tables.
 */
(function () {
  'use strict';
  function draw(element) {
    var series = JSON.parse(element.getAttribute('data-series'));
    var unit = element.getAttribute('data-unit') || '';
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var stacked = Array.isArray(series.stacks);
    var bars = stacked
      ? series.stacks.map(function (s) { return { type: 'bar', name: s.name, stack: 'all', data: s.values }; })
      : [{ type: 'bar', data: series.values, itemStyle: { color: '#0b5cad' }, label: { show: true, position: 'top' } }];
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: stacked ? 48 : 16, bottom: 72 },
      legend: stacked ? { type: 'scroll', top: 0 } : undefined,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: series.labels, axisLabel: { interval: 0, rotate: series.labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: '{value}' + unit } },
      series: bars
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function start() {
    if (!window.echarts) {
      return;
    }
    var charts = document.querySelectorAll('.chart');
    for (var i = 0; i < charts.length; i++) {
      draw(charts[i]);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
