/* global window, document, ResizeObserver */
// The iframe page's height, posted to the embedding page so the iframe never shows a scrollbar
// or a gap: once the page has loaded and again whenever its height changes (fonts, hydration, a
// narrower frame, the Chart/Table toggle). Two message formats: the widget's own, and AMP's
// `embed-size`, which <amp-iframe resizable> obeys. The height is not secret: any origin may read it.
(function () {
  if (window.parent === window) return;
  var last = -1;
  function post(force) {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && force !== true) return;
    last = height;
    window.parent.postMessage({ type: 'kz-af-trade:height', height: height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }
  window.addEventListener('load', function () {
    post(true);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
  else window.addEventListener('resize', post);
})();
