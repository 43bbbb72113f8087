import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fr from '../src/locales/fr.js';
import type { Messages } from '../src/locales/index.js';
import { marks as citationMarks } from '../src/sections/view.js';
import { decimal, joined, longDate, monthRange, percent, render, shadow, textOf, widthOf } from './helpers.js';

// The source article's figures, typed once here so the tests check the data module against the article.
const article = { total: 330.7, kzExports: 316.5, flourWheatShare: 0.8, outlookBillion: 1, date: '2022-10-22' };
const editions: Array<[string, Messages]> = [
  ['fr', fr],
  ['en', en],
];

for (const [lang, m] of editions) {
  describe(`every fact of the article, in "${lang}"`, () => {
    it('shows the trade figures, each calculated one marked, the mark pointing to one footnote', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const root = shadow(el);
      const afExports = article.total - article.kzExports;
      const read = (selector: string) => textOf(root.querySelector(selector)!);
      const marked = (text: string) => `${text}* (${m.calculated})`;
      expect(textOf(root)).to.contain(m.tradeHeading(monthRange(m)));
      // reported figures marked † (the source line), calculated ones * (the arithmetic)
      expect(read('.headline-value')).to.equal(`${m.millionUsdShort(decimal(lang, article.total))}†`);
      expect(read('.part.kz .value')).to.equal(`${m.millionUsdShort(decimal(lang, article.kzExports))}†`);
      expect(read('.part.af .value')).to.equal(marked(m.millionUsdShort(decimal(lang, afExports))));
      expect(decimal(lang, afExports)).to.equal(decimal(lang, 14.2));
      expect(read('.part.kz .share')).to.equal(marked(percent(lang, article.kzExports / article.total)));
      expect(read('.part.af .share')).to.equal(marked(percent(lang, afExports / article.total)));
      // one footnote with the arithmetic, not "(derived)" in the reader's copy; the source line the other mark's note
      const sum = `${decimal(lang, article.total)}\u00a0− ${decimal(lang, article.kzExports)}\u00a0= ${decimal(lang, afExports)}`;
      expect(read('[part~="footnote"]')).to.equal(`* ${m.footnote(sum)}`);
      expect(read('[part~="source"]')).to.equal(`† ${m.sourceLine(m.source(m.speaker, longDate(m, article.date)))}`);
      expect(root.querySelectorAll('[part~="footnote"]')).to.have.length(1);
      // every figure carries a mark, hidden from screen readers (they hear "calculated" at a calculated one)
      const marks = [...root.querySelectorAll('.mark')].map((mark) => mark.textContent);
      // calculated: the Kazakh share; the Afghan value and share; the table's share column and Afghan value
      expect(marks.filter((mark) => mark === '*')).to.have.length(5);
      // reported: the headline total, Kazakh exports, both in the table, the flour-and-wheat share, the outlook
      expect(marks.filter((mark) => mark === '†')).to.have.length(6);
      for (const mark of root.querySelectorAll('.mark')) expect(mark.getAttribute('aria-hidden')).to.equal('true');
      // the card's marks, written into its templates, are the ones the copy and the exports write
      expect([...new Set(marks)].sort()).to.deep.equal(Object.values(citationMarks).sort());
    });

    it('shows what each country sells, with the flour and wheat share as a lower bound of volume', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const text = textOf(shadow(el));
      expect(text).to.contain(m.kzSells);
      expect(text).to.contain(`${m.flourWheatShare(percent(lang, article.flourWheatShare))}†`);
      expect(text).to.contain(m.flourWheatNote);
      expect(text).to.contain(joined(m, m.afProducts));
    });

    it('shows the vehicles, mining and outlook facts', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const text = textOf(shadow(el));
      expect(text).to.contain(m.vehicles);
      expect(text).to.contain(`${m.mining} ${joined(m, m.minerals)}`);
      expect(text).to.contain(
        `${m.miningCompaniesLabel} ${m.including[0]}${joined(m, m.companies)}${m.including[1] ?? ''}`,
      );
      expect(text).to.contain(`${m.outlook(m.billionUsd(decimal(lang, article.outlookBillion)))}†`);
    });

    it('says who announced the figures, where and when', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const source = shadow(el).querySelector('[part~="source"]')!;
      expect(textOf(source)).to.equal(`† ${m.sourceLine(m.source(m.speaker, longDate(m, article.date)))}`);
      expect(textOf(source)).to.contain('Zhumangarin');
    });
  });
}

describe('the bar chart', () => {
  it('draws bar widths exactly proportional to the values, on the total as the shared scale', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const root = shadow(el);
    const kz = root.querySelector('[part~="bar-kz"]')!;
    const af = root.querySelector('[part~="bar-af"]')!;
    const scale = widthOf(root.querySelector('.chart .stack')!);
    expect(scale).to.be.greaterThan(200);
    expect(widthOf(kz) / scale).to.be.closeTo(article.kzExports / article.total, 0.5 / scale);
    expect(widthOf(af) / scale).to.be.closeTo((article.total - article.kzExports) / article.total, 0.5 / scale);
  });

  it('keeps the proportion at the narrowest width, with no minimum width on the small bar', async () => {
    const el = await render(html`<div style="width: 280px"><kz-af-trade lang="fr"></kz-af-trade></div>`);
    const root = shadow(el);
    const scale = widthOf(root.querySelector('.chart .stack')!);
    const af = widthOf(root.querySelector('[part~="bar-af"]')!);
    expect(af).to.be.closeTo((scale * (article.total - article.kzExports)) / article.total, 0.5);
    expect(el.scrollWidth).to.be.at.most(280);
  });

  for (const lang of ['en', 'fa'] as const) {
    it(`prints each value under its own part of the bar, in "${lang}"`, async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const root = shadow(el);
      const em = parseFloat(getComputedStyle(root.querySelector('[part~="card"]')!).fontSize);
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      const [kz, af, kzValue, afValue] = [
        '[part~="bar-kz"]',
        '[part~="bar-af"]',
        '.part.kz .value',
        '.part.af .value',
      ].map(box);
      // the Kazakh part from the inline start, its value under that start; the Afghan value under its part's end
      if (lang === 'en') {
        expect(kzValue.left - kz.left).to.be.within(0, em);
        expect(af.right - afValue.right).to.be.within(0, em);
      } else {
        expect(kz.right - kzValue.right).to.be.within(0, em);
        expect(afValue.left - af.left).to.be.within(0, em);
      }
      expect(kzValue.top).to.be.greaterThan(kz.bottom - 0.5);
    });
  }

  it('draws the flour-and-wheat share as a minimum: a tick at 80 % labelled so, open beyond it, no dollar bar', async () => {
    const el = await render(html`<kz-af-trade lang="en" sections="exports"></kz-af-trade>`);
    const scale = shadow(el).querySelector('[part~="bound"]')!;
    const whole = scale.getBoundingClientRect();
    const tick = scale.querySelector('.tick')!.getBoundingClientRect();
    expect((tick.left + tick.right) / 2 - whole.left).to.be.closeTo(article.flourWheatShare * whole.width, 1);
    expect(textOf(scale.querySelector('.tick-label')!)).to.equal(en.atLeast(percent('en', article.flourWheatShare)));
    const open = scale.querySelector('.open')!;
    expect(getComputedStyle(open).strokeDasharray).not.to.equal('none');
    expect(open.getBoundingClientRect().right).to.be.closeTo(whole.right, 1);
    expect(scale.querySelector('[part~="bar"]')).to.equal(null);
  });

  it('grows the bars from the inline start', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const root = shadow(el);
    const bar = root.querySelector('.chart .stack')!.getBoundingClientRect();
    const kz = root.querySelector('[part~="bar-kz"]')!.getBoundingClientRect();
    expect(kz.left).to.be.closeTo(bar.left, 0.5);
  });

  it('hides the bar shapes from assistive technology, so numbers are not read twice', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    for (const drawing of shadow(el).querySelectorAll('svg'))
      expect(drawing.closest('[aria-hidden="true"]')).not.to.equal(null);
  });
});
