// The plan's numbered targets on one chart: each figure as a share of its target (data from data-* attributes).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('targets-chart');
  if (!el || !window.echarts || !el.dataset.labels) {
    return;
  }
  var labels = el.dataset.labels.split('|');
  var percents = el.dataset.percents.split('|').map(Number);
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
    grid: { left: 50, right: 10, bottom: 110 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 40 } },
    yAxis: { type: 'value', max: function (v) { return Math.max(100, v.max); }, axisLabel: { formatter: '{value}%' } },
    series: [{ name: '完成度', type: 'bar', data: percents,
               itemStyle: { color: function (p) { return p.value >= 100 ? '#2b7a3d' : '#a4161a'; } },
               markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }] } }]
  });
});
