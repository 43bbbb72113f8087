import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import ru from '../src/locales/ru.js';
import { contrast, render, shadow, textOf } from './helpers.js';

const style = (element: Element) => getComputedStyle(element);
const card = (el: KzAfTrade) => shadow(el).querySelector('[part~="card"]')!;

/** Legible: a readable size, lines that do not overlap, text neither clipped nor outside the card. */
function expectLegible(el: KzAfTrade) {
  const box = card(el).getBoundingClientRect();
  expect(card(el).scrollWidth, 'no horizontal overflow').to.be.at.most(card(el).clientWidth);
  for (const element of shadow(el).querySelectorAll('p, span, dt, dd, h2, h3, h4, h5, h6, button')) {
    // what a reader sees: not the text kept for screen readers, nor an element not rendered (`hidden`)
    if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
    const computed = style(element);
    const size = parseFloat(computed.fontSize);
    expect(size, element.className).to.be.within(11, 42);
    expect(parseFloat(computed.lineHeight) / size, element.className).to.be.at.least(1.1);
    expect(computed.letterSpacing, element.className).to.be.oneOf(['normal', '0px']);
    expect(computed.textTransform).to.equal('none');
    expect(
      computed.whiteSpace === 'nowrap' ? element.matches('.value, .headline-value, .share, .data td') : true,
      element.className,
    ).to.equal(true);
    const rect = element.getBoundingClientRect();
    expect(rect.right).to.be.at.most(box.right + 0.5);
    expect(rect.left).to.be.at.least(box.left - 0.5);
  }
  expect(contrast(style(card(el)).color, style(card(el)).backgroundColor)).to.be.at.least(4.5);
}

describe('an aggressive host stylesheet', () => {
  for (const size of ['64px', '4px']) {
    it(`cannot make the widget illegible, clipped or overflowing (inherited font-size ${size})`, async () => {
      const el = await render(
        html`<div
          style=${`width: 320px; font-size: ${size}; line-height: 0.5; letter-spacing: 0.4em; word-spacing: 2em;
          text-transform: uppercase; white-space: nowrap; direction: rtl; text-align: center; color: rgb(255, 0, 0);
          font-weight: 900; font-style: italic`}
        >
          <kz-af-trade lang="en"></kz-af-trade>
        </div>`,
      );
      expect(style(card(el)).direction).to.equal('ltr');
      expect(style(card(el)).color).not.to.equal('rgb(255, 0, 0)');
      expectLegible(el);
    });
  }

  it('cannot undo the resets with rules aimed at the element itself', async () => {
    const el = await render(
      html`<div style="width: 320px">
        <style>
          kz-af-trade,
          kz-af-trade * {
            font-size: 80px !important;
            line-height: 0.4 !important;
            letter-spacing: 1em !important;
          }
        </style>
        <kz-af-trade lang="ru"></kz-af-trade>
      </div>`,
    );
    expectLegible(el);
    expect(textOf(shadow(el))).to.contain(ru.title);
  });

  it('keeps its own sans for figures whatever the site inherits into it', async () => {
    const el = await render(
      html`<div style="font-family: 'Comic Sans MS', cursive"><kz-af-trade lang="en"></kz-af-trade></div>`,
    );
    expect(style(card(el)).fontFamily).not.to.contain('Comic Sans');
    expect(textOf(shadow(el))).to.contain(en.title);
  });
});

describe('changing language while an edition loads', () => {
  // Kazakh and Dari are loaded by no other test of this file, so both are still downloading here.
  it('ends in the edition asked for last', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.setAttribute('lang', 'kk');
    await new Promise((resolve) => setTimeout(resolve));
    el.setAttribute('lang', 'fa');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(card(el).getAttribute('lang')).to.equal('fa-AF');
    expect(textOf(shadow(el))).to.contain(fa.title);
  });
});
