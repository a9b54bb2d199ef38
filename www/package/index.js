// The npm package's entry (`import 'know-the-signs'`): says where the
// widget's files are (beside this one), then runs the loader, which defines
// <know-the-signs> and upgrades every element on the page. Modules run in
// import order, so the loader sees the address first.
import './base.js';
import './embed.js';
