// Each edition as its newsroom would print it, checked against the house style's rules, not
// against copies of its strings: the whole card (every section, the footnote, the source, the
// controls, the text kept for screen readers), in each of the three engines.
import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import type { Locale, Messages } from '../src/locales/index.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import { button, joined, render, shadow, textOf } from './helpers.js';

const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };

/** An edition's whole card, the data table shown and the share menu open, as text. */
async function card(lang: Locale): Promise<{ el: KzAfTrade; text: string }> {
  const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
  button(el, editions[lang].showData).click();
  await el.updateComplete;
  shadow(el).querySelector('details')!.open = true;
  return { el, text: textOf(shadow(el)) };
}

/** The card's texts, one a text node, as laid out in lines: its white space folded. */
function texts(el: KzAfTrade): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    found.push((node as Text).data.replace(/[ \t\n\r]+/g, ' '));
  return found;
}

const source = (el: KzAfTrade) => textOf(shadow(el).querySelector('[part~="source"]')!);

describe('every edition in its house style', () => {
  for (const [lang, m] of Object.entries(editions) as Array<[Locale, Messages]>) {
    it(`"${lang}": the lists the article opens with "such as" read as open lists`, async () => {
      const { text } = await card(lang);
      const [before, after = ''] = m.including;
      expect(before + after, 'the edition has words for "including"').not.to.equal('');
      for (const items of [m.afProducts, m.companies]) expect(text).to.contain(`${before}${joined(m, items)}${after}`);
    });

    it(`"${lang}": every number beside its unit on one line, no line starting with a dash`, async () => {
      const { el } = await card(lang);
      for (const text of texts(el)) {
        // a figure, then a breaking space, then a unit word or sign
        expect(text).not.to.match(/[0-9۰-۹] (?:%|٪|\$|M\$|млн|млрд|million|billion|milliard|میلیون|میلیارد)/u);
        // a dash after a breaking space could start a line
        expect(text).not.to.match(/ [–—]/);
      }
    });
  }

  it('"fr": a narrow no-break space before : ; ! ? % and inside « »', async () => {
    const { text } = await card('fr');
    expect(text).to.match(/\u202f:/);
    for (const sign of [':', ';', '!', '?', '%', '»'])
      expect(text, `before “${sign}”`).not.to.match(new RegExp(`[^\\u202f]\\${sign}`));
    expect(text, 'after “«”').not.to.match(/«[^\u202f]/);
  });

  it('"ru": the period names the year once, company names in «ёлочки»', async () => {
    const { el, text } = await card('ru');
    const kicker = textOf(shadow(el).querySelector('#trade-heading')!);
    expect(kicker.match(/2022/g)).to.have.length(1);
    expect(kicker).to.match(/\d{4}\u00a0года$/);
    expect(text).to.contain('«Казахмыс Барлау»').and.contain('«Казатомпром»');
  });

  it('"kk": every list joined at the end with «және», the source said "at the forum"', async () => {
    const { el } = await card('kk');
    for (const items of [kk.afProducts, kk.minerals, kk.companies]) expect(joined(kk, items)).to.match(/ және [^,]+$/);
    expect(source(el)).to.contain('форумында,');
  });

  for (const lang of ['fa', 'ps'] as const) {
    it(`"${lang}": no comma before the last "and", no Latin letters outside brackets`, async () => {
      const { text } = await card(lang);
      expect(text).not.to.match(/، (?:و|او) /);
      expect(text.replace(/\([^)]*\)/g, ''), 'Latin outside brackets').not.to.match(/[A-Za-z]/);
      // company names in the edition's script, the Latin name in brackets where a reader looks it up
      for (const name of editions[lang].companies) expect(name).to.match(/^[^A-Za-z]+ \([A-Za-z ]+\)$/);
    });
  }

  it('"ps": the date as the Pashto press writes it: «د … کال د … …مه», then the Gregorian day month year', async () => {
    const { el } = await card('ps');
    expect(source(el)).to.match(/د [۰-۹]{4} کال د \S+ [۰-۹]{1,2}مه \([۰-۹]{1,2} \S+ [۰-۹]{4}\)/);
    expect(source(el)).to.contain(` د ${ps.calendar.solarMonths![6]} `);
  });

  it('"ps": the period «له … څخه تر … پورې»', async () => {
    const { el } = await card('ps');
    expect(textOf(shadow(el).querySelector('#trade-heading')!)).to.match(/له \S+ څخه تر \S+ [۰-۹]{4} پورې$/);
  });

  it('"en": British dates, like its spelling', async () => {
    const { el } = await card('en');
    expect(source(el)).to.match(/ 22 October 2022\.$/);
    expect(en.vehicles).to.contain('centres');
  });
});
