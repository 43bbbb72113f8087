import { expect } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';

// The page reserves the widget's height until its content is on screen (README, "Zero layout
// shift"); Pashto is loaded by no other test of this file, so its words are still on their way.
describe('the space a page reserves', () => {
  it('is kept until the content is rendered, then the content takes over', async () => {
    const style = document.createElement('style');
    style.textContent = `kz-af-trade:not(:defined) { display: block; min-block-size: 400px; }
      kz-af-trade:not(:state(rendered)) { min-block-size: 400px; }`;
    document.head.append(style);
    const el = document.createElement('kz-af-trade') as KzAfTrade;
    el.setAttribute('lang', 'ps');
    document.body.append(el);
    try {
      expect(el.matches(':state(rendered)')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(400);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="card"]')).to.exist;
      expect(el.matches(':state(rendered)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(
        el.shadowRoot!.querySelector('[part~="card"]')!.getBoundingClientRect().height,
      );
    } finally {
      el.remove();
      style.remove();
    }
  });
});
