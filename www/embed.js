/* Know the Signs (MIT licence: see the README). One classic script for
 * every way in (contract §1): it defines <know-the-signs>, turns a script tag with data-* options into one, shows the
 * static hotline in each element's shadow root at once, then loads the
 * WebAssembly widget once per page and hands each element to it.
 * The hotline never depends on anything after the first step.
 *
 * Every partner page downloads this file, so it is written to stay small
 * (its budget is in tests/budgets.json): the widget's own messages live in
 * the glue (www/start.js), and ES2015 is fine because custom elements need
 * it. */
(() => {
  'use strict';

  const D = document;
  const TAG = 'know-the-signs';
  // Filled in by www/tools/postbuild.mjs (never written by hand): the file
  // names of this build, and what src/loader.rs writes from the crate's data:
  // the options' names, the static hotline's lines and words, and this
  // loader's stylesheet (www/fallback.css with the reserved heights).
  const OPTIONS = '@@OPTIONS@@';
  const FILES = '@@FILES@@'; // the stem of the glue's and the wasm's names
  const [LINES, TEXTS, REGION, NATIONAL, LANG] = '@@FALLBACK@@';
  const FALLBACK_CSS = '@@FALLBACK_CSS@@';
  const NAME = 'Know the Signs: ';

  // The widget's files are beside this one: the script tag says where, or,
  // imported as a module (the npm package's index.js), the package does.
  const given = window.KnowTheSigns && window.KnowTheSigns.base;
  const script = D.currentScript || (given ? null : D.querySelector('script[src*="embed.js"]'));
  const base = new URL('.', (script && script.src) || given || location.href);
  const url = (file) => new URL(file, base).href;
  // Only a table's own keys: `lang="constructor"` is not a language.
  const own = (table, key) => key in table && !(key in {});
  const create = (tag, parent, className) => {
    const e = D.createElement(tag);
    if (className) e.className = className;
    if (parent) parent.appendChild(e);
    return e;
  };
  const fromScript = (n) => script.getAttribute('data-' + n);
  // `_ktsDone`: a second copy of the loader sees the same script element.
  const formA = () => script && !script._ktsDone && OPTIONS.some((n) => fromScript(n) !== null);

  // The region's lines and 911 as plain links, from the generated table
  // (src/loader.rs says what is in it): [digits, vanity, name, display] with
  // blanks as 0 or left out; names in other languages, and the hours of a
  // line with set hours, by digits; a line without a name goes under "Report
  // child abuse or neglect". `get(name)`
  // reads an option (an attribute, or a script's data- one), with the same
  // rules as src/config.rs.
  function staticLinks(get) {
    const box = create('div', null, 'kts-fallback');
    let lang = LANG;
    for (const tag of [get('lang'), D.documentElement.getAttribute('lang')]) {
      const primary = (tag || '').trim().split(/[-_]/)[0].toLowerCase();
      if (own(TEXTS, primary)) {
        lang = primary;
        break;
      }
    }
    const text = TEXTS[lang];
    let region = get('region');
    region = region === null ? REGION : region.trim().toUpperCase();
    const link = (number, label) => {
      const a = create('a', create('p', box));
      a.href = 'tel:' + number;
      a.textContent = label;
    };
    box.lang = lang;
    for (const [d, vanity, name, display] of LINES[own(LINES, region) ? region : NATIONAL]) {
      const number = display || d.replace(/(.)(...)(...)/, '$1-$2-$3-');
      create('b', create('p', box)).textContent = text[2][d] || name || text[3];
      const hours = text[4][d] ? ' (' + text[4][d] + ')' : '';
      link('+' + d, text[0] + ' ' + (vanity ? vanity + ' (' + number + ')' : number) + hours);
    }
    link('911', text[1]);
    return box;
  }

  // A browser without custom elements (before 2018: Edge 18, Firefox 62)
  // shows form B's own links and nothing else: such browsers are too rare
  // to spend the loader's bytes on a form A hotline for them.
  if (!window.customElements) return;

  // Form A: the script tag carries the options; the widget goes right after
  // it. A page may include the loader twice: the second copy only does this.
  const upgradeScriptTag = () => {
    if (!formA()) return;
    const el = create(TAG);
    OPTIONS.forEach((n) => fromScript(n) !== null && el.setAttribute(n, fromScript(n)));
    script._ktsDone = 1;
    script.after(el);
  };
  if (customElements.get(TAG)) return upgradeScriptTag();

  let fallbackSheet = null;
  try {
    fallbackSheet = new CSSStyleSheet();
    fallbackSheet.replaceSync(FALLBACK_CSS);
  } catch (e) {
    // No constructable stylesheets: the links still work unstyled.
  }
  const setState = (el, state) => el.setAttribute('data-state', state);
  const emit = (el, name, detail) => el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail || {} }));
  const failure = (reason, message) => Object.assign(new Error(message), { reason });

  // The static hotline: the element's own light-DOM links (form B) through
  // a slot, or the region's lines and 911. Its box reserves the widget's
  // space (fallback.css, src/reserve.rs) from its layout and whether it
  // shows two lines (and 911), as the widget's box will; a folded element's
  // box reserves nothing (the widget adds the button that unfolds it).
  function showFallback(el) {
    const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
    let box;
    let tels = el.querySelectorAll('a[href^="tel:"]').length;
    if (tels) {
      box = create('div');
      create('slot', box);
    } else {
      box = staticLinks((n) => el.getAttribute(n));
      tels = box.querySelectorAll('a').length;
    }
    if (el._ktsFolded) box.className += ' folded';
    else {
      const layout = layoutOf(el);
      box.className += (layout === 'banner' || layout === 'button' ? ' ' + layout : ' panel') + (tels > 2 ? ' two' : '');
    }
    // A folded widget is built beside its static hotline, which alone is
    // replaced.
    const old = el._ktsFallback;
    if (el._ktsWidget && old && old.isConnected) old.replaceWith(box);
    else {
      root.textContent = '';
      root.appendChild(box);
      if (fallbackSheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [fallbackSheet];
    }
    el._ktsFallback = box;
  }

  const layoutOf = (el) => (el.getAttribute('layout') || '').trim().toLowerCase();

  let failed = null;

  // One console line per page that names the cause and what to do (the
  // static hotline staying is what data-state="fallback" says).
  function fallBack(el, err) {
    const reason = (err && err.reason) || 'error';
    if (!failed) {
      failed = reason;
      console.error(NAME + (err && err.reason ? err.message : 'could not start (' + err + ').'));
    }
    showFallback(el);
    setState(el, 'fallback');
    emit(el, 'kts:fallback', { reason });
  }

  // The widget starts once the host page has loaded and the browser is idle,
  // so that it never competes with the page's own loading; the static
  // hotline is on screen meanwhile. A page whose load never ends (a stalled
  // image, a long poll) still gets it after 5 s.
  const idle = new Promise((resolve) => {
    // Resolving twice is harmless: whichever comes first starts it. Without
    // requestIdleCallback (Safari), setTimeout reads the options object as a
    // delay of 0.
    const later = () => (window.requestIdleCallback || setTimeout)(resolve, { timeout: 2000 });
    if (D.readyState === 'complete') later();
    else addEventListener('load', later);
    setTimeout(later, 5000);
  });

  let booting = null;
  const boot = () =>
    booting ||
    (booting = typeof WebAssembly !== 'object'
      ? Promise.reject(failure('no-webassembly', 'this browser cannot run WebAssembly.'))
      : idle.then(() => {
        const glue = url(FILES + '.js');
        const wasm = url(FILES + '_bg.wasm');
        const bytes = fetch(wasm, { credentials: 'omit' });
        bytes.catch(() => {}); // reported by `start` when it reads it
        return import(glue).then((mod) => mod.start(bytes, wasm, fallBack), () => {
          throw failure('script', 'could not load ' + glue + ' (CORS, CSP script-src).');
        });
      }));

  // Widgets are mounted one per task: twenty on a page make twenty short
  // tasks, not one long one that would block the reader's input.
  const queue = [];

  // The widget's hotline replaces the static one at once; `ready` waits
  // until the widget is whole (every control of its layout, a few short
  // tasks later), so a listener that focuses or measures it gets all of it.
  function mountNow(el, mount) {
    if (!el.isConnected || el._ktsWidget) return;
    if (!el._ktsFallback) showFallback(el);
    let widget;
    const whole = () => {
      if (el._ktsWidget !== widget) return;
      setState(el, 'ready');
      emit(el, 'kts:ready');
    };
    try {
      el._ktsWidget = widget = mount(el, el.shadowRoot, whole, !!el._ktsFolded);
    } catch (e) {
      return fallBack(el, e);
    }
    // Folded, the static hotline stays until the reader unfolds the widget
    // (its button, src/widget/fold.rs).
    if (!el._ktsFolded) el._ktsFallback.remove();
  }

  const enhance = (el) =>
    boot().then((mount) => {
      if (queue.push(el) > 1) return;
      setTimeout(function next() {
        mountNow(queue.shift(), mount);
        if (queue.length) setTimeout(next);
      });
    }, (err) => fallBack(el, err));

  customElements.define(TAG, class extends HTMLElement {
    static get observedAttributes() {
      return OPTIONS;
    }

    connectedCallback() {
      if (this._ktsWidget) return; // moved within the page: keep the widget
      // An element the page drew without reserving the widget's height (any
      // min-height: the builder's snippet has one) starts folded: showing the
      // whole widget would push the page's text down. A floating button
      // takes no room.
      if (this._ktsFolded == null) this._ktsFolded = layoutOf(this) !== 'button' && !(parseFloat(getComputedStyle(this).minHeight) > 0);
      // The builder's form B (its own links, its height reserved) stays as
      // the page drew it until the widget mounts, so its links are painted
      // once, in the page's own first frame. Any other element gets its
      // static hotline (and its reservation) now; a button floats its links.
      if (this._ktsFallback || this._ktsFolded || !this.style.minHeight || !this.querySelector('a[href^="tel:"]')) showFallback(this);
      setState(this, failed ? 'fallback' : 'loading');
      enhance(this);
    }

    disconnectedCallback() {
      // Wait a microtask: a node that is moved is reconnected at once.
      queueMicrotask(() => {
        if (!this.isConnected && this._ktsWidget) {
          this._ktsWidget.unmount();
          this._ktsWidget = null;
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after || !this.shadowRoot) return;
      if (this._ktsFallback && this._ktsFallback.isConnected) showFallback(this);
      if (this._ktsWidget) {
        try {
          this._ktsWidget.update();
        } catch (e) {
          fallBack(this, e);
        }
      }
    }
  });

  // The JS API (contract §1): options mirror the attributes and are checked
  // by the same code, because they become the attributes.
  const warned = {};
  const warnOnce = (message) => warned[message] || console.warn((warned[message] = NAME + message));

  function apply(el, options) {
    if (options == null) return;
    if (typeof options !== 'object') return warnOnce('options must be an object.');
    Object.keys(options).forEach((key) => {
      // `quickExit` and `quick-exit` both name the attribute.
      const name = key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
      const value = options[key];
      if (!OPTIONS.includes(name)) warnOnce('unknown option "' + key.slice(0, 40) + '"; allowed: ' + OPTIONS + '.');
      else if (value == null) el.removeAttribute(name);
      else el.setAttribute(name, String(value));
    });
  }

  /** KnowTheSigns.mount(target, options): the widget in `target` (or
   * `target` itself if it is a <know-the-signs>), and a handle. */
  function mount(target, options) {
    if (!target || !target.appendChild) {
      console.error(NAME + 'mount() needs an element.');
      return null;
    }
    const el = target.localName === TAG ? target : create(TAG);
    apply(el, options);
    if (el !== target) target.appendChild(el);
    return { element: el, update: (o) => apply(el, o), unmount: () => el.remove() };
  }

  // Form C: size our iframes to their content. Only messages from the
  // widget's own origin, from one of its frame.html iframes, count.
  const frameUrl = url('frame.html');
  addEventListener('message', (e) => {
    const d = e.data;
    if (e.origin !== base.origin || !d || d.type !== 'kts:resize') return;
    for (const frame of D.querySelectorAll('iframe')) {
      // A height that is not a number or is negative makes an invalid
      // value, which the browser ignores.
      if (frame.contentWindow === e.source && frame.src.startsWith(frameUrl)) frame.style.height = Math.min(d.height, 20000) + 'px';
    }
  });

  upgradeScriptTag();

  // Calls made through the queue stub before this script ran (README).
  const stub = window.KnowTheSigns;
  window.KnowTheSigns = { mount };
  ((stub && stub.q) || []).forEach(([target, options, handle]) => {
    const real = mount(target, options);
    if (!real || !handle) return;
    (handle.q || []).forEach(([method, arg]) => real[method](arg));
    Object.assign(handle, real);
  });
})();
