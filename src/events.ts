import type { ReuseAction } from './sections/view.js';

/** The details of the events the element fires, by type (see the class's `@fires`). */
export interface KzAfTradeEvents {
  'kz-af-trade-action': { action: ReuseAction };
  'kz-af-trade-view': { view: 'chart' | 'table' };
  'kz-af-trade-data-error': { problems: string[] };
}

/** Tells the page (its analytics, say): bubbling and composed, so a listener on `document` hears it. */
export function emit<K extends keyof KzAfTradeEvents>(target: EventTarget, type: K, detail: KzAfTradeEvents[K]) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
