// Each line is an error the declarations must catch (tests/e2e/package.test.mjs
// expects tsc to name each of these lines).
import type { KnowTheSignsOptions } from 'know-the-signs';

const typo: KnowTheSignsOptions = { region: 'US-ZZ' };
const layout: KnowTheSignsOptions = { layout: 'sidebar' };
document.querySelector('know-the-signs')?.addEventListener('kts:call', (e) => e.detail.phone);
export { typo, layout };
