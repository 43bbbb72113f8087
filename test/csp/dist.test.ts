// The CDN bundle dist/kz-af-trade.js (minified, Lit's production build) under the strict CSP.
import { runnerPageSuite } from './suite.js';

runnerPageSuite('dist/kz-af-trade.js', () => import(new URL('../../dist/kz-af-trade.js', import.meta.url).href));
