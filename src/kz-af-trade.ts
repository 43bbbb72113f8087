import { KzAfTrade } from './kz-af-trade.component.js';
import { version } from './version.js';

export { KzAfTrade };

// A page may load the script twice (a CDN copy and an npm build, two URLs): the first definition
// stays, the second never throws, and a different version is worth one warning.
const defined = customElements.get('kz-af-trade') as (CustomElementConstructor & { version?: string }) | undefined;
if (!defined) {
  customElements.define('kz-af-trade', KzAfTrade);
} else if (defined.version !== version) {
  console.warn(
    `<kz-af-trade>: version ${version} was loaded on a page that already uses version ${defined.version ?? 'unknown'}; the first one stays.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'kz-af-trade': KzAfTrade;
  }
}
