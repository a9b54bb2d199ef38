// Where the package's files are, for the loader (www/embed.js) when it runs
// as a module, without a script tag to read its address from. A queue stub
// already on the page (README, JS API) keeps its queued calls.
const api = (window.KnowTheSigns = window.KnowTheSigns || { q: [] });
api.base = new URL('./', import.meta.url).href;
