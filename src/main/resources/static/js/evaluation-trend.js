// 好差评 trend for supervisors: ratings and 差评 per day (bars) and the satisfaction rate (line), from data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('trend-chart');
  if (!el || !window.echarts) {
    return;
  }
  var split = function (s) { return s.split('|'); };
  var numbers = function (s) { return split(s).map(function (v) { return v === '' ? null : Number(v); }); };
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['评价数', '差评数', '满意率'] },
    grid: { left: 40, right: 50, bottom: 40 },
    xAxis: { type: 'category', data: split(el.dataset.days) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: '评价数', type: 'bar', data: numbers(el.dataset.rated), itemStyle: { color: '#8a8a8a' } },
      { name: '差评数', type: 'bar', data: numbers(el.dataset.bad), itemStyle: { color: '#a4161a' } },
      { name: '满意率', type: 'line', yAxisIndex: 1, data: numbers(el.dataset.rate), connectNulls: true }
    ]
  });
});
