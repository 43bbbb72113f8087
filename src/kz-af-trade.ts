import { KzAfTrade } from './kz-af-trade.component.js';
import type { KzAfTradeEvents } from './events.js';
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

/** An event the element fires, its detail typed by the event's type. */
export type KzAfTradeEvent<K extends keyof KzAfTradeEvents> = CustomEvent<KzAfTradeEvents[K]>;

declare global {
  interface HTMLElementTagNameMap {
    'kz-af-trade': KzAfTrade;
  }
  // bubbling and composed: heard on the element and on any ancestor, the document included
  interface HTMLElementEventMap {
    'kz-af-trade-action': KzAfTradeEvent<'kz-af-trade-action'>;
    'kz-af-trade-view': KzAfTradeEvent<'kz-af-trade-view'>;
    'kz-af-trade-data-error': KzAfTradeEvent<'kz-af-trade-data-error'>;
  }
  interface DocumentEventMap {
    'kz-af-trade-action': KzAfTradeEvent<'kz-af-trade-action'>;
    'kz-af-trade-view': KzAfTradeEvent<'kz-af-trade-view'>;
    'kz-af-trade-data-error': KzAfTradeEvent<'kz-af-trade-data-error'>;
  }
}
