// 试算 charts: one bar chart per breakdown (region, industry, size) from the element's data-labels / data-values.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.what-if-chart').forEach(function (el) {
    var labels = el.dataset.labels ? el.dataset.labels.split('|') : [];
    var values = el.dataset.values ? el.dataset.values.split('|').map(Number) : [];
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, bottom: 70 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, name: '符合企业数' }]
    });
  });
});
