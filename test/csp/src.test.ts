// The component from src/ (Lit's development build) under the strict CSP.
import { runnerPageSuite } from './suite.js';

runnerPageSuite('src/kz-af-trade.ts', () => import('../../src/kz-af-trade.js'));
