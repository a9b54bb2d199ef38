// Starts the snippet builder (src/bin/builder): Trunk writes builder.js and
// builder_bg.wasm next to this page, and the page's CSP-friendly way to run
// them is a module file, not an inline script.
import init from './builder.js';

init();
