// 数据共享交换 volumes for the 共享门户: queries per dataset, stacked by result (found, no record, refused, down).
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('volumes-chart');
  if (!el || !window.echarts) {
    return;
  }
  var rows = JSON.parse(el.dataset.volumes);
  var datasets = [];
  rows.forEach(function (r) { if (datasets.indexOf(r[0]) < 0) { datasets.push(r[0]); } });
  var results = ['已获取', '无记录', '未获授权', '不予共享', '提供方不可用'];
  var colours = ['#2b7a3d', '#8a8a8a', '#b86e00', '#5c5c5c', '#a4161a'];
  echarts.init(el).setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: results },
    grid: { left: 140, right: 30, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: datasets },
    series: results.map(function (result, i) {
      return {
        name: result, type: 'bar', stack: 'all', itemStyle: { color: colours[i] },
        data: datasets.map(function (d) {
          var row = rows.find(function (r) { return r[0] === d && r[1] === result; });
          return row ? row[2] : 0;
        })
      };
    })
  });
});
