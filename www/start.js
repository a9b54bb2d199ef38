/* Appended to the wasm-bindgen glue by tools/postbuild.mjs, so it costs the
 * loader (which every partner page downloads) nothing. The loader calls
 * `start` once per page: it runs the wasm the loader is already downloading
 * and hands back a `mount` for each element, or names the cause of a
 * failure for the loader's one console line. `__wbg_init` and `mount` are
 * the glue's own. */
export function start(bytes, wasm, fallBack) {
  // Elements whose widget is mounted, so that a panic can turn them all back.
  const live = new Set();
  let stopped = null;
  // The wasm's panic hook announces a panic; the module can no longer be
  // trusted, so every widget goes back to its static hotline and new
  // elements stay there.
  document.addEventListener('kts:panic', (e) => {
    stopped = Object.assign(new Error('internal error (' + String(e.detail && e.detail.message).slice(0, 200) + '). Please report it.'), { reason: 'panic' });
    live.forEach((el) => {
      el._ktsWidget = null; // never call into the stopped module again
      fallBack(el, stopped);
    });
    live.clear();
  });
  return __wbg_init({ module_or_path: bytes }).then(
    // The first widget mounts four tasks after `warm` began (src/widget/embed.rs).
    // A step that fails (a panic, reported above) fails the start, so that
    // no element is left loading.
    () =>
      new Promise((ready, fail) => {
        const step = (n, next) =>
          setTimeout(() => {
            try {
              warm(n);
              next();
            } catch (e) {
              fail(stopped || e);
            }
          });
        set_base(new URL('.', wasm).href); // where the posters are
        step(0, () => step(1, () => step(2, () => step(3, () => setTimeout(ready)))));
      }).then(() => (el, root, whole, folded) => {
        if (stopped) throw stopped;
        const widget = mount(el, root, whole, folded);
        live.add(el);
        return {
          update: () => widget.update(),
          unmount: () => {
            live.delete(el);
            widget.unmount();
          },
        };
      }),
    (e) =>
      blockedByConnectSrc(wasm).then((connect) => {
        const origin = new URL(wasm).origin;
        const csp = connect || /Content.Security.Policy|unsafe-eval/i.test(e);
        throw Object.assign(new Error(connect
          ? "the page's CSP blocks downloading the widget. Add " + origin + ' to its connect-src.'
          : csp
            ? "the page's CSP blocks WebAssembly. Add 'wasm-unsafe-eval' to its script-src."
            : 'could not start ' + wasm + ' (' + e + '). Deploy all of dist/v1/ with CORS, .wasm as application/wasm.'), { reason: csp ? 'csp' : 'wasm' });
      })
  );
}

/* A connect-src that leaves out the widget's origin fails the download
 * exactly like a network error, and its violation event has come and gone
 * before this module loaded: ask once more, listening for it. */
function blockedByConnectSrc(wasm) {
  return new Promise((done) => {
    const seen = (v) => {
      if (v.effectiveDirective === 'connect-src' && String(v.blockedURI).startsWith(new URL(wasm).origin)) done(true);
    };
    document.addEventListener('securitypolicyviolation', seen);
    const settle = () => setTimeout(() => {
      document.removeEventListener('securitypolicyviolation', seen);
      done(false);
    }, 50);
    fetch(wasm, { method: 'HEAD', credentials: 'omit' }).then(settle, settle);
  });
}
