import { css } from 'lit';
import { card } from './styles/card.js';
import { chart } from './styles/chart.js';
import { modes } from './styles/modes.js';
import { table } from './styles/table.js';

// The element's stylesheet, one concern a module (src/styles/), composed into ONE CSSResult rather
// than an array: the copy made for another document (document-styles.ts), the tests' media
// emulation (test/helpers.ts) and the pre-rendered embeds (scripts/prerender.mjs) read its cssText
// as one sheet. The order is the cascade order: modes last (see src/styles/modes.ts). A rule can
// move to another module only where no rule it would pass sets the same property on the same
// element at the same specificity.
export const styles = css`
  ${card}${chart}${table}${modes}
`;
