// 适老化: the large-font switch, remembered on this device.
(function () {
  var KEY = 'onewindow.largeFont';
  var root = document.documentElement;
  if (localStorage.getItem(KEY) === '1') {
    root.classList.add('large-font');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('font-toggle');
    if (!button) {
      return;
    }
    var sync = function () {
      var on = root.classList.contains('large-font');
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.textContent = on ? '标准字号' : '大字版';
    };
    sync();
    button.addEventListener('click', function () {
      root.classList.toggle('large-font');
      localStorage.setItem(KEY, root.classList.contains('large-font') ? '1' : '0');
      sync();
    });
  });
})();
