// 12345 hot spots: orders per region, stacked by category (data from the page's data-* attributes).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('hotspot-chart');
  if (!el || !window.echarts) {
    return;
  }
  var categories = el.dataset.categories.split('|');
  var series = el.dataset.series.split(';').map(function (row, i) {
    return { name: categories[i], type: 'bar', stack: 'orders', data: row.split('|').map(Number) };
  });
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: categories },
    grid: { left: 40, right: 10, bottom: 60 },
    xAxis: { type: 'category', data: el.dataset.regions.split('|'), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series
  });
});
