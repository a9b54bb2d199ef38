// What a partner's TypeScript writes against the npm package's declarations
// (index.d.ts); tests/e2e/package.test.mjs compiles it with `tsc --noEmit`.
import type { KnowTheSignsElement, KnowTheSignsOptions, KnowTheSignsHandle } from 'know-the-signs';

const el: KnowTheSignsElement | null = document.querySelector('know-the-signs');
el?.addEventListener('kts:call', (e) => {
  const channel: 'tel' | 'sms' | 'chat' | 'web' = e.detail.channel;
  console.log(e.detail.line, channel);
});
el?.addEventListener('kts:fallback', (e) => console.log(e.detail.reason.toUpperCase()));
document.addEventListener('kts:ready', (e) => console.log(e.target));

const created = document.createElement('know-the-signs');
created.setAttribute('region', 'US-NY');

const options: KnowTheSignsOptions = {
  region: 'US-NY',
  lang: 'es',
  layout: 'banner',
  theme: 'dark',
  accent: '#7a1f5c',
  quickExit: 'https://example.org/',
  headingLevel: 3,
  'heading-level': '3',
};
const handle: KnowTheSignsHandle | null = window.KnowTheSigns.mount(document.body, options);
handle?.update({ region: null, layout: 'panel' });
handle?.unmount();
export {};
