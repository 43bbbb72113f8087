import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { locales } from '../src/locales/index.js';
import { render, shadow } from './helpers.js';

const style = (element: Element) => getComputedStyle(element);
const card = (el: KzAfTrade) => shadow(el).querySelector('[part~="card"]')!;

/** The text nodes of `root` that a reader sees (not the visually hidden ones). */
function visibleTexts(root: ParentNode): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    if (text.data.trim() && !text.parentElement!.closest('.visually-hidden, style')) texts.push(text);
  }
  return texts;
}

describe('type a reader can trust', () => {
  for (const lang of locales) {
    it(`keeps the headline figure on one line at 320 px, in "${lang}"`, async () => {
      const el = await render(html`<div style="width: 320px"><kz-af-trade lang=${lang}></kz-af-trade></div>`);
      const headline = shadow(el).querySelector('.headline-value')!;
      expect(headline.getClientRects()).to.have.length(1);
      expect(headline.getBoundingClientRect().right).to.be.at.most(card(el).getBoundingClientRect().right);
      expect(headline.getBoundingClientRect().left).to.be.at.least(card(el).getBoundingClientRect().left);
    });

    it(`breaks no word of the table across lines at 320 px, in "${lang}"`, async () => {
      const el = await render(html`<div style="width: 320px"><kz-af-trade lang=${lang}></kz-af-trade></div>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-data"]')!.click();
      await el.updateComplete;
      for (const text of visibleTexts(shadow(el).querySelector('table')!)) {
        for (const word of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index!);
          range.setEnd(text, word.index! + word[0].length);
          // one line: a word of right-to-left text may be drawn in several bidi runs, all on that line
          // (an invisible mark's empty box aside)
          const drawn = [...range.getClientRects()].filter((rect) => rect.width > 0.5);
          const lines = new Set(drawn.map((rect) => Math.round(rect.bottom)));
          expect(lines.size, `"${word[0]}"`).to.equal(1);
        }
      }
    });
  }

  for (const lang of ['fa', 'ps']) {
    it(`sets "${lang}" in an Arabic-script sans first, not whatever system-ui falls back to`, async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const families = style(card(el))
        .fontFamily.split(',')
        .map((family) => family.trim().replace(/"/g, ''));
      expect(families[0]).to.equal('Noto Sans Arabic');
      expect(families.indexOf('system-ui')).to.be.greaterThan(families.indexOf('Tahoma'));
      // a site's own stack still wins
      const site = await render(
        html`<kz-af-trade lang=${lang} style="--kz-af-trade-font-family: Vazirmatn, serif"></kz-af-trade>`,
      );
      expect(style(card(site)).fontFamily).to.equal('Vazirmatn, serif');
    });
  }

  it('sets every number in lining, tabular figures', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const numbers = visibleTexts(shadow(el)).filter((text) => /\d/.test(text.data));
    expect(numbers.length).to.be.greaterThan(5);
    for (const text of numbers) {
      const figures = style(text.parentElement!).fontVariantNumeric;
      expect(figures, text.data).to.contain('lining-nums').and.contain('tabular-nums');
    }
  });

  it('follows the reader’s text size: at 200 % root text, the card’s text is 200 % too', async () => {
    const root = document.documentElement;
    const before = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const normal = parseFloat(style(card(before)).fontSize);
    root.style.fontSize = '200%';
    try {
      const el = await render(html`<div style="font-size: 1rem"><kz-af-trade lang="en"></kz-af-trade></div>`);
      expect(parseFloat(style(card(el)).fontSize) / normal).to.be.closeTo(2, 0.05);
      await expect(el).to.be.accessible();
    } finally {
      root.style.fontSize = '';
    }
  });

  it('has no section head smaller than the text under it', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const body = parseFloat(style(shadow(el).querySelector('.section p')!).fontSize);
    for (const heading of shadow(el).querySelectorAll('[part~="section-heading"]')) {
      expect(parseFloat(style(heading).fontSize)).to.be.at.least(body);
    }
  });
});
