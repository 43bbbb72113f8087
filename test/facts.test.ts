import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fr from '../src/locales/fr.js';
import type { Messages } from '../src/locales/index.js';
import { decimal, joined, longDate, monthRange, percent, render, shadow, textOf, widthOf } from './helpers.js';

// The source article's figures, typed once here so the tests check the data module against the article.
const article = { total: 330.7, kzExports: 316.5, flourWheatShare: 0.8, outlookBillion: 1, date: '2022-10-22' };
const editions: Array<[string, Messages]> = [
  ['fr', fr],
  ['en', en],
];

for (const [lang, m] of editions) {
  describe(`every fact of the article, in "${lang}"`, () => {
    it('shows the trade figures with the derived ones marked as derived', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const text = textOf(shadow(el));
      const afExports = article.total - article.kzExports;
      expect(text).to.contain(m.tradeHeading(monthRange(m)));
      expect(text).to.contain(m.millionUsd(decimal(lang, article.total)));
      expect(text).to.contain(m.millionUsd(decimal(lang, article.kzExports)));
      expect(text).to.contain(m.millionUsd(decimal(lang, afExports)));
      expect(decimal(lang, afExports)).to.equal(decimal(lang, 14.2));
      expect(text).to.contain(m.derived(m.kzShareOfTotal(percent(lang, article.kzExports / article.total))));
      expect(text).to.contain(m.derived(m.afExportsDerivation));
    });

    it('shows what each country sells, with the flour and wheat share as a lower bound of volume', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const text = textOf(shadow(el));
      expect(text).to.contain(m.kzSells);
      expect(text).to.contain(m.flourWheatShare(percent(lang, article.flourWheatShare)));
      expect(text).to.contain(m.flourWheatNote);
      expect(text).to.contain(joined(m, m.afProducts));
    });

    it('shows the vehicles, mining and outlook facts', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const text = textOf(shadow(el));
      expect(text).to.contain(m.vehicles);
      expect(text).to.contain(`${m.mining} ${joined(m, m.minerals)}`);
      expect(text).to.contain(`${m.miningCompaniesLabel} ${joined(m, m.companies)}`);
      expect(text).to.contain(m.outlook(m.billionUsd(decimal(lang, article.outlookBillion))));
    });

    it('says who announced the figures, where and when', async () => {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const source = shadow(el).querySelector('[part~="source"]')!;
      expect(textOf(source)).to.equal(m.source(m.speaker, longDate(m, article.date)));
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
    const scale = widthOf(root.querySelector('.chart .rail')!);
    expect(scale).to.be.greaterThan(200);
    expect(widthOf(kz) / scale).to.be.closeTo(article.kzExports / article.total, 0.5 / scale);
    expect(widthOf(af) / scale).to.be.closeTo((article.total - article.kzExports) / article.total, 0.5 / scale);
  });

  it('keeps the proportion at the narrowest width, with no minimum width on the small bar', async () => {
    const el = await render(html`<div style="width: 280px"><kz-af-trade lang="fr"></kz-af-trade></div>`);
    const root = shadow(el);
    const scale = widthOf(root.querySelector('.chart .rail')!);
    const af = widthOf(root.querySelector('[part~="bar-af"]')!);
    expect(af).to.be.closeTo((scale * (article.total - article.kzExports)) / article.total, 0.5);
    expect(el.scrollWidth).to.be.at.most(280);
  });

  it('labels every bar directly with its formatted value', async () => {
    const el = await render(html`<kz-af-trade lang="fr"></kz-af-trade>`);
    const rows = [...shadow(el).querySelectorAll('.chart .row')];
    expect(rows.map((row) => textOf(row.querySelector('[part~="value"]')!))).to.deep.equal([
      fr.millionUsd(decimal('fr', article.kzExports)),
      fr.millionUsd(decimal('fr', article.total - article.kzExports)),
    ]);
  });

  it('draws the flour and wheat share as a part of a whole that continues past the bound', async () => {
    const el = await render(html`<kz-af-trade lang="en" sections="exports"></kz-af-trade>`);
    const row = shadow(el).querySelector('.lower-bound')!;
    const whole = widthOf(row.querySelector('.rail')!);
    expect(widthOf(row.querySelector('[part~="bar"]')!) / whole).to.be.closeTo(article.flourWheatShare, 0.5 / whole);
    expect(widthOf(row.querySelector('.beyond')!) / whole).to.be.closeTo(1 - article.flourWheatShare, 0.5 / whole);
  });

  it('grows the bars from the inline start', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const root = shadow(el);
    const rail = root.querySelector('.chart .rail')!.getBoundingClientRect();
    const kz = root.querySelector('[part~="bar-kz"]')!.getBoundingClientRect();
    expect(kz.left).to.be.closeTo(rail.left, 0.5);
  });

  it('hides the bar shapes from assistive technology, so numbers are not read twice', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    for (const track of shadow(el).querySelectorAll('svg')) expect(track.getAttribute('aria-hidden')).to.equal('true');
  });
});
