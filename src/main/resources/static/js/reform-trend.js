// A measured target's figure day by day (data from the element's data-* attributes): the trend on a measure's page.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.trend-chart').forEach(function (el) {
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 10, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: el.dataset.dates.split('|') },
      yAxis: { type: 'value' },
      series: [{ name: el.dataset.label, type: 'line', data: el.dataset.values.split('|').map(Number),
                 itemStyle: { color: '#a4161a' } }]
    });
  });
});
