/*! Know the Signs iframe form (frame.html) · MIT
 * Turns the query string into the element's attributes (the widget checks
 * them like any attribute) and reports the page's height to the parent, so
 * that embed.js on the parent page can size the iframe to its content. */
(function () {
  'use strict';
  // The options' names, written in by www/tools/postbuild.mjs (src/attributes.rs).
  var OPTIONS = '@@OPTIONS@@';
  var el = document.querySelector('know-the-signs');
  var query = new URLSearchParams(location.search);
  OPTIONS.forEach(function (name) {
    if (query.has(name)) el.setAttribute(name, query.get(name));
  });
  // The page's language is the one the widget uses (a language it does not
  // have falls back), not whatever the query says.
  function follow() {
    var shown = el.shadowRoot && el.shadowRoot.querySelector('[lang]');
    if (shown) document.documentElement.lang = shown.lang;
  }
  // The widget, or the loader's static hotline if the widget cannot start.
  el.addEventListener('kts:ready', follow);
  el.addEventListener('kts:fallback', follow);
  // With JavaScript the loader shows the region's own fallback, not the
  // generic no-JS links above.
  el.textContent = '';

  if (window.parent === window || !('ResizeObserver' in window)) return;
  var last = 0;
  new ResizeObserver(function () {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // Only a height: nothing about the reader crosses to the parent.
      window.parent.postMessage({ type: 'kts:resize', height: height }, '*');
    }
  }).observe(document.documentElement);
})();
