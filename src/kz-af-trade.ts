import { KzAfTrade } from './kz-af-trade.component.js';

export { KzAfTrade };

// Guarded so a page that loads the script twice keeps working.
if (!customElements.get('kz-af-trade')) customElements.define('kz-af-trade', KzAfTrade);

declare global {
  interface HTMLElementTagNameMap {
    'kz-af-trade': KzAfTrade;
  }
}
