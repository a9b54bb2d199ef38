/*! Know the Signs loader (embed.js) · MIT */
/* One classic script for every way in (contract §1): it defines
 * <know-the-signs>, turns a script tag with data-* options into one, shows the
 * static hotline in each element's shadow root at once, then loads the
 * WebAssembly widget once per page and hands each element to it.
 * The hotline never depends on anything after the first step.
 */
(function () {
  'use strict';

  var D = document;
  var TAG = 'know-the-signs';
  var OPTIONS = ['region', 'lang', 'layout', 'theme', 'accent', 'quick-exit', 'heading-level'];
  // Filled in by www/tools/postbuild.mjs: file names of this build and the
  // fallback lines, generated from src/content (never written by hand).
  var FILES = '@@FILES@@';
  var FALLBACK = '@@FALLBACK@@';
  var FALLBACK_CSS = '@@FALLBACK_CSS@@';

  var script = D.currentScript || D.querySelector('script[src*="embed.js"]');
  var base = new URL('.', (script && script.src) || location.href);

  // Form A: the script tag carries the options; the widget goes right after it.
  function upgradeScriptTag(s) {
    if (!s || s.getAttribute('data-kts-done') !== null) return;
    var attrs = OPTIONS.filter(function (n) { return s.hasAttribute('data-' + n); });
    if (!attrs.length) return;
    var el = D.createElement(TAG);
    attrs.forEach(function (n) { el.setAttribute(n, s.getAttribute('data-' + n)); });
    s.setAttribute('data-kts-done', '');
    s.insertAdjacentElement('afterend', el);
  }

  // A browser without custom elements (very old) still gets form A's
  // hotline, as plain links after the script; form B shows its own links.
  if (!window.customElements) {
    if (script && OPTIONS.some(function (n) { return script.hasAttribute('data-' + n); })) {
      script.insertAdjacentElement('afterend', staticLinks(function (n) { return script.getAttribute('data-' + n); }));
    }
    return;
  }
  // A page may include the loader twice: the second copy only does form A.
  if (customElements.get(TAG)) {
    upgradeScriptTag(script);
    return;
  }

  function sheet(css) {
    try {
      var s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    } catch (e) {
      return null; // No constructable stylesheets: the links still work unstyled.
    }
  }
  var fallbackSheet = sheet(FALLBACK_CSS);

  function adopt(root, sheets) {
    sheets = sheets.filter(Boolean);
    if (sheets.length && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = sheets;
  }

  function setState(el, state) {
    el.setAttribute('data-state', state);
  }

  function emit(el, name, detail) {
    el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail || {} }));
  }

  // Only the table's own keys: `lang="constructor"` is not a language.
  function own(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
  }

  // The same rules as src/config.rs: unknown region -> national lines.
  // `get(name)` reads an option (an attribute, or a script's data- one).
  function regionOf(get) {
    var raw = get('region');
    if (raw === null) return FALLBACK.region;
    raw = raw.trim().toUpperCase();
    return own(FALLBACK.lines, raw) ? raw : FALLBACK.national;
  }

  function langOf(get) {
    var tags = [get('lang'), D.documentElement.getAttribute('lang')];
    for (var i = 0; i < tags.length; i++) {
      var primary = (tags[i] || '').trim().split(/[-_]/)[0].toLowerCase();
      if (own(FALLBACK.text, primary)) return primary;
    }
    return FALLBACK.lang;
  }

  function link(parent, number, label) {
    var p = D.createElement('p');
    var a = D.createElement('a');
    a.href = 'tel:' + number;
    a.textContent = label;
    p.appendChild(a);
    parent.appendChild(p);
  }

  // The region's lines and 911 as plain links, from the generated table:
  // [digits, vanity or 0, name, display if not 1-NXX-NXX-XXXX]; names in
  // other languages by digits.
  function staticLinks(get) {
    var box = D.createElement('div');
    box.className = 'kts-fallback';
    var lang = langOf(get);
    var text = FALLBACK.text[lang];
    box.setAttribute('lang', lang);
    FALLBACK.lines[regionOf(get)].forEach(function (line) {
      var d = line[0];
      var number = line[3] || d[0] + '-' + d.slice(1, 4) + '-' + d.slice(4, 7) + '-' + d.slice(7);
      var name = D.createElement('p');
      name.className = 'kts-fallback-name';
      name.textContent = text[2][d] || line[2];
      box.appendChild(name);
      link(box, '+' + d, text[0] + ' ' + (line[1] ? line[1] + ' (' + number + ')' : number));
    });
    link(box, '911', text[1]);
    return box;
  }

  // The static hotline: the element's own light-DOM links (form B) through a
  // slot, or the region's lines and 911.
  function showFallback(el) {
    var root = el.shadowRoot;
    var box;
    var tels = el.querySelectorAll('a[href^="tel:"]').length;
    if (tels) {
      box = D.createElement('div');
      box.className = 'kts-fallback';
      box.appendChild(D.createElement('slot'));
    } else {
      box = staticLinks(function (n) { return el.getAttribute(n); });
      tels = box.querySelectorAll('a').length;
    }
    // What fallback.css needs to reserve the widget's space: its layout and
    // how many lines (not counting 911) it shows.
    var layout = (el.getAttribute('layout') || '').trim().toLowerCase();
    box.setAttribute('data-layout', layout === 'banner' || layout === 'button' ? layout : 'panel');
    box.setAttribute('data-lines', Math.max(1, tels - 1));
    root.textContent = '';
    root.appendChild(box);
    adopt(root, [fallbackSheet]);
    el._ktsFallback = box;
  }

  var failed = null;
  // Elements whose widget is mounted, so a panic can turn them all back.
  var live = new Set();

  function failure(reason, message) {
    var e = new Error(message);
    e.reason = reason;
    return e;
  }

  // One console line per page that names the cause and what to do.
  function fallBack(el, err) {
    var reason = (err && err.reason) || 'error';
    if (!failed) {
      failed = reason;
      console.error('Know the Signs: ' + (err && err.reason ? err.message : 'could not start (' + err + ').') +
        ' Showing the static hotline.');
    }
    if (el._ktsFallback && el.shadowRoot) {
      el.shadowRoot.textContent = '';
      el.shadowRoot.appendChild(el._ktsFallback);
      adopt(el.shadowRoot, [fallbackSheet]);
    }
    setState(el, 'fallback');
    emit(el, 'kts:fallback', { reason: reason });
  }

  var booting = null;

  // The widget starts once the host page has loaded and the browser is idle,
  // so that it never competes with the page's own loading; the static
  // hotline is on screen meanwhile. A page whose load never ends (a stalled
  // image, a long poll) still gets it after 5 s.
  var idle = new Promise(function (resolve) {
    var waiting = true;
    function later() {
      if (!waiting) return;
      waiting = false;
      if (window.requestIdleCallback) requestIdleCallback(resolve, { timeout: 2000 });
      else setTimeout(resolve, 1);
    }
    if (D.readyState === 'complete') later();
    else {
      window.addEventListener('load', later);
      setTimeout(later, 5000);
    }
  });

  // Loads the glue, the wasm and the stylesheet once per page, in parallel.
  function boot() {
    if (booting) return booting;
    var glue = new URL(FILES.glue, base).href;
    var wasm = new URL(FILES.wasm, base).href;
    var css = new URL(FILES.css, base).href;
    var get = function (url, what) {
      return fetch(url, { credentials: 'omit' }).then(function (r) {
        if (!r.ok) throw failure(what, 'could not download ' + url + ' (HTTP ' + r.status + '). Deploy all of dist/v1/ next to embed.js.');
        return r;
      }, function () {
        throw failure(what, 'could not download ' + url + '. Serve it with CORS; allow it in CSP connect-src.');
      });
    };
    if (typeof WebAssembly !== 'object') {
      booting = Promise.reject(failure('no-webassembly', 'this browser cannot run WebAssembly.'));
    } else {
      booting = idle.then(function () {
        return Promise.all([
          import(glue).catch(function () {
            throw failure('script', 'could not load ' + glue + '. Deploy all of dist/v1/ next to embed.js, with CORS; allow it in CSP script-src.');
          }),
          get(wasm, 'wasm'),
          get(css, 'style').then(function (r) { return r.text(); })
        ]);
      }).then(function (parts) {
        var mod = parts[0];
        return mod.default({ module_or_path: parts[1] }).then(function () {
          return { mod: mod, sheet: sheet(parts[2]) };
        }, function (e) {
          if (/Content.Security.Policy|unsafe-eval/i.test(String(e))) {
            throw failure('csp', "the page's CSP blocks WebAssembly. Add 'wasm-unsafe-eval' to its script-src.");
          }
          throw failure('wasm', wasm + ' is not valid WebAssembly (' + e + '). Redeploy dist/v1/, .wasm as application/wasm.');
        });
      });
    }
    return booting;
  }

  // Widgets are mounted one per task: twenty on a page make twenty short
  // tasks, not one long one that would block the reader's input.
  var queue = [];
  var stopped = null; // the panic that stopped the module, if one did

  function enhance(el) {
    boot().then(function (w) {
      queue.push(el);
      if (queue.length === 1) setTimeout(function next() {
        mountNow(queue.shift(), w);
        if (queue.length) setTimeout(next, 0);
      }, 0);
    }, function (err) {
      fallBack(el, err);
    });
  }

  function mountNow(el, w) {
    if (!el.isConnected || el._ktsWidget) return;
    if (stopped) return fallBack(el, stopped);
    var root = el.shadowRoot;
    adopt(root, [fallbackSheet, w.sheet]);
    try {
      el._ktsWidget = w.mod.mount(el, root);
    } catch (e) {
      return fallBack(el, e);
    }
    live.add(el);
    el._ktsFallback.remove();
    setState(el, 'ready');
    emit(el, 'kts:ready');
  }

  class KnowTheSigns extends HTMLElement {
    static get observedAttributes() {
      return OPTIONS;
    }

    connectedCallback() {
      if (this._ktsWidget) return; // moved within the page: keep the widget
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
      showFallback(this);
      setState(this, failed ? 'fallback' : 'loading');
      enhance(this);
    }

    disconnectedCallback() {
      // Wait a microtask: a node that is moved is reconnected at once.
      var el = this;
      queueMicrotask(function () {
        if (!el.isConnected && el._ktsWidget) {
          live.delete(el);
          el._ktsWidget.unmount();
          el._ktsWidget = null;
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !this.shadowRoot) return;
      if (this._ktsWidget) {
        try {
          this._ktsWidget.update();
        } catch (e) {
          fallBack(this, e);
        }
      } else if (this._ktsFallback && this._ktsFallback.isConnected) {
        showFallback(this);
      }
    }
  }

  // The wasm's panic hook announces a panic; the module can no longer be
  // trusted, so every widget goes back to its static hotline and new
  // elements stay there.
  D.addEventListener('kts:panic', function (e) {
    var err = failure('panic', 'internal error (' + String(e.detail && e.detail.message).slice(0, 200) + '). Please report it.');
    stopped = err;
    booting = Promise.reject(err);
    booting.catch(function () {});
    live.forEach(function (el) {
      el._ktsWidget = null; // never call into the stopped module again
      fallBack(el, err);
    });
    live.clear();
  });

  // The JS API (contract §1): options mirror the attributes and are checked
  // by the same code, because they become the attributes.
  var API_OPTIONS = { region: 'region', lang: 'lang', layout: 'layout', theme: 'theme', accent: 'accent', quickExit: 'quick-exit', 'quick-exit': 'quick-exit', headingLevel: 'heading-level', 'heading-level': 'heading-level' };
  var warned = {};

  function warnOnce(message) {
    if (!warned[message]) console.warn((warned[message] = 'Know the Signs: ' + message));
  }

  function apply(el, options) {
    if (options == null) return;
    if (typeof options !== 'object') return warnOnce('options must be an object, not ' + typeof options + '.');
    Object.keys(options).forEach(function (key) {
      var name = API_OPTIONS[key];
      if (!name) return warnOnce('unknown option "' + String(key).slice(0, 40) + '". Allowed: region, lang, layout, theme, accent, quickExit, headingLevel.');
      var value = options[key];
      if (value == null) el.removeAttribute(name);
      else el.setAttribute(name, String(value));
    });
  }

  /** KnowTheSigns.mount(target, options): the widget in `target` (or
   * `target` itself if it is a <know-the-signs>), and a handle. */
  function mount(target, options) {
    if (!target || typeof target.appendChild !== 'function') {
      console.error('Know the Signs: mount() needs an element to mount into.');
      return null;
    }
    var el = target.localName === TAG ? target : D.createElement(TAG);
    apply(el, options);
    if (el !== target) target.appendChild(el);
    return {
      element: el,
      update: function (o) { apply(el, o); },
      unmount: function () { el.remove(); }
    };
  }

  // Form C: size our iframes to their content. Only messages from the
  // widget's own origin, from one of its frame.html iframes, count.
  var frameUrl = new URL('frame.html', base).href;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== base.origin || !d || d.type !== 'kts:resize' || typeof d.height !== 'number') return;
    var frames = D.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source && frames[i].src.indexOf(frameUrl) === 0) {
        frames[i].style.height = Math.max(0, Math.min(d.height, 20000)) + 'px';
      }
    }
  });

  customElements.define(TAG, KnowTheSigns);
  upgradeScriptTag(script);

  // Calls made through the queue stub before this script ran (README).
  var stub = window.KnowTheSigns;
  window.KnowTheSigns = { mount: mount };
  ((stub && stub.q) || []).forEach(function (call) {
    var real = mount(call[0], call[1]);
    var handle = call[2];
    if (!real || !handle) return;
    (handle.q || []).forEach(function (c) { real[c[0]](c[1]); });
    handle.element = real.element;
    handle.update = real.update;
    handle.unmount = real.unmount;
  });
})();
