/*
 * The console's charts: each element with class "chart" carries its series as JSON in data-series
 * ({"labels": [...], "values": [...]}); Apache ECharts (served by the service from its webjar) draws
 * it. No inline script and no network: the numbers are in the page, beside the charts, as tables.
 */
(function () {
  'use strict';
  function draw(element) {
    var series = JSON.parse(element.getAttribute('data-series'));
    var unit = element.getAttribute('data-unit') || '';
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 72 },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: { type: 'category', data: series.labels, axisLabel: { interval: 0, rotate: series.labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}' + unit } },
      series: [{ type: 'bar', data: series.values, itemStyle: { color: '#0b5cad' }, label: { show: true, position: 'top' } }]
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
