// Bar chart of published items per flag against the plan's targets (data from the page's data-* attributes).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('targets-chart');
  if (!el || !window.echarts) {
    return;
  }
  var labels = el.dataset.labels.split('|');
  var counts = el.dataset.counts.split('|').map(Number);
  var targets = el.dataset.targets.split('|').map(function (t) { return Number(t) || null; });
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['已发布', '2023年目标'] },
    grid: { left: 40, right: 10, bottom: 80 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value' },
    series: [
      { name: '已发布', type: 'bar', data: counts, itemStyle: { color: '#a4161a' } },
      { name: '2023年目标', type: 'bar', data: targets, itemStyle: { color: '#8a8a8a' } }
    ]
  });
});
