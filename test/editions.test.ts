import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import { createFormatters, resolveIntlLocale } from '../src/intl-format.js';
import { langFollowers } from '../src/locale-controller.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import { intlSettings, type Locale, type Messages } from '../src/locales/index.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import { joined, monthRange, render, shadow, textOf } from './helpers.js';

const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };
const rightToLeft = new Set(['fa', 'ps']);
// Names that stay in Latin script in every edition (isolated with <bdi> where the text is not Latin).
const names = new Set(['ERG Exploration', 'Kazakhmys Barlau', 'Kazatomprom', 'Serik Zhumangarin']);
// Words spelt alike in English and another edition: not left untranslated, just the same word.
const sameWord: Partial<Record<Locale, string[]>> = { fr: ['Source'] };

/** Every string an edition can show: plain values, array items, templates filled with a marker, and the same inside `calendar`. */
function strings(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([name, value]): Array<[string, string]> => {
    const key = `${prefix}${name}`;
    if (value === null) return [];
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return value.map((item, index) => [`${key}[${index}]`, item]);
    if (typeof value === 'object') return strings(value as object, `${key}.`);
    return [[key, (value as (...args: string[]) => string)('¤', '¤', '¤', '¤')]];
  });
}

/** Whether `text` contains `phrase` as whole words ("fruit" is not in "fruits"). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${escaped}(?:$|[^\\p{L}])`, 'u').test(text);
}

/** Whether this browser has data for `locale`, not just its name (ICU's root calls January "M01"). */
const hasData = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date('2022-01-15T12:00:00Z')) !== 'M01';

/**
 * What Intl gives for an edition's figures, independent of the widget's formatters; words, dates
 * and lists are the edition's house style, whatever locale data the browser has.
 */
function intlFor(edition: Locale) {
  const { locales, numberingSystem } = intlSettings[edition];
  const locale = Intl.NumberFormat.supportedLocalesOf([...locales]).filter(hasData)[0] ?? locales[locales.length - 1];
  const digits = numberingSystem ? { numberingSystem } : {};
  return {
    /** A year or day, as the edition's own date patterns receive it. */
    figure: (value: number) => new Intl.NumberFormat(locale, { ...digits, useGrouping: false }).format(value),
    decimal: (value: number) => new Intl.NumberFormat(locale, { ...digits, maximumFractionDigits: 1 }).format(value),
    // the edition's own pattern where it has one; else after an Arabic letter mark in the Afghan
    // editions (see the percent-sign test below)
    percent: (value: number) =>
      editions[edition].calendar.percent?.(
        new Intl.NumberFormat(locale, { ...digits, maximumFractionDigits: 1 }).format(value * 100),
      ) ??
      (numberingSystem ? '\u061C' : '') +
        new Intl.NumberFormat(locale, { ...digits, style: 'percent', maximumFractionDigits: 1 }).format(value),
  };
}

for (const [edition, m] of Object.entries(editions) as Array<[Locale, Messages]>) {
  describe(`the "${edition}" edition`, () => {
    it('has no empty string', () => {
      for (const [key, value] of strings(m)) expect(value.replace('¤', '').trim(), key).not.to.equal('');
    });

    if (edition !== 'en') {
      it('has no English string left untranslated (names aside)', async () => {
        // words only: a date pattern or a list separator ("¤ ¤", ", ") is no English left behind
        const english = strings(en).filter(
          ([, value]) => !names.has(value) && /\p{L}{2}/u.test(value.replaceAll('¤', '')),
        );
        for (const [key, value] of strings(m)) {
          if (names.has(value) || key === 'direction' || sameWord[edition]?.includes(value)) continue;
          if (!/\p{L}{2}/u.test(value.replaceAll('¤', ''))) continue;
          expect(
            english.map(([, text]) => text),
            key,
          ).not.to.include(value);
        }
        const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
        const text = textOf(shadow(el));
        for (const [key, value] of english) {
          if (!value.includes('¤') && !sameWord[edition]?.includes(value))
            expect(containsPhrase(text, value), `${key}: "${value}"`).to.equal(false);
        }
      });
    }

    it('formats figures as Intl does for its locale, dates and the period in its house style', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const text = textOf(shadow(el));
      const intl = intlFor(edition);
      expect(text).to.contain(m.millionUsd(intl.decimal(330.7)));
      expect(text).to.contain(m.millionUsd(intl.decimal(316.5)));
      expect(text).to.contain(m.millionUsd(intl.decimal(14.2)));
      expect(text).to.contain(intl.percent(316.5 / 330.7));
      expect(text).to.contain(m.flourWheatShare(intl.percent(0.8)));
      const words = m.calendar;
      // 22 October 2022, after 30 Mizan 1401 where the edition shows the Solar Hijri calendar first
      const gregorian = words.date(intl.figure(2022), words.months[9], intl.figure(22));
      expect(text).to.contain(
        words.solarMonths
          ? `${(words.solarDate ?? words.date)(intl.figure(1401), words.solarMonths[6], intl.figure(30))} (${gregorian})`
          : gregorian,
      );
      expect(text).to.contain(m.tradeHeading(monthRange(m, intl.figure)));
      expect(text).to.contain(m.tableCaption(monthRange(m, intl.figure)));
    });

    it('names the first and the last month of the eight the figures cover, and the year once', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const heading = textOf(shadow(el).querySelector('#trade-heading')!);
      const months = m.calendar.periodMonths ?? m.calendar.months;
      expect(heading).to.contain(months[0]).and.contain(months[7]);
      expect(heading.split(intlFor(edition).figure(2022))).to.have.length(2);
    });

    it('joins every list in its house style', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const text = textOf(shadow(el));
      for (const items of [m.afProducts, m.minerals, m.companies]) expect(text).to.contain(joined(m, items));
      // no comma before the last "and": «، و», «، او»; Kazakh joins the last item with «және»
      expect(text).not.to.match(/، (و|او) /);
      if (edition === 'kk') expect(joined(m, m.minerals)).to.match(/ және \S+$/);
    });

    it('reads the same whatever locale data the browser has', () => {
      const here = createFormatters(intlSettings[edition], m.calendar);
      const none = createFormatters(intlSettings[edition], m.calendar, () => []);
      const figures = (format: typeof here) => [
        format.monthRange('2022-01', '2022-08'),
        format.monthRange('2022-11', '2023-02'),
        format.date('2022-10-22'),
        format.date('2024-02-29'),
        format.percent(316.5 / 330.7),
        format
          .list(m.minerals)
          .map(({ value }) => value)
          .join(''),
      ];
      const words = figures(here);
      // Western digits where the browser has none of the edition's locales: compare the words only
      const letters = (texts: string[]) => texts.map((text) => text.replace(/[0-9۰-۹]/g, '#'));
      expect(letters(figures(none))).to.deep.equal(letters(words));
    });

    it(`reads ${rightToLeft.has(edition) ? 'right to left' : 'left to right'}, bars growing from the inline start`, async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const root = shadow(el);
      const rtl = rightToLeft.has(edition);
      expect(getComputedStyle(root.querySelector('[part~="card"]')!).direction).to.equal(rtl ? 'rtl' : 'ltr');
      const bar = root.querySelector('.chart .stack')!.getBoundingClientRect();
      const kz = root.querySelector('[part~="bar-kz"]')!.getBoundingClientRect();
      if (rtl) expect(kz.right).to.be.closeTo(bar.right, 0.5);
      else expect(kz.left).to.be.closeTo(bar.left, 0.5);
      expect(kz.width / bar.width).to.be.closeTo(316.5 / 330.7, 0.01);
    });

    it('marks both calculated figures as calculated in the summary read to screen readers', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const summary = textOf(shadow(el).querySelector('.summary')!);
      const intl = intlFor(edition);
      expect(summary).to.contain(`${intl.percent(316.5 / 330.7)} (${m.calculated})`);
      expect(summary).to.contain(`${m.millionUsd(intl.decimal(14.2))} (${m.calculated})`);
    });

    if (rightToLeft.has(edition)) {
      it('draws the percent sign at the left of its number, at the start of a line or after words', async () => {
        const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
        const root = shadow(el);
        // "95.7 % of the total" opens its line; "more than 80 %" comes after words
        for (const holder of [root.querySelector('.part.kz .share')!, root.querySelector('.bound .label')!]) {
          const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
          let node: Text | null;
          while ((node = walker.nextNode() as Text | null) && !node.data.includes('٪'));
          expect(node, holder.className).to.exist;
          const at = (offset: number) => {
            const range = document.createRange();
            range.setStart(node!, offset);
            range.setEnd(node!, offset + 1);
            return range.getBoundingClientRect();
          };
          const sign = node!.data.indexOf('٪');
          const firstDigit = node!.data.search(/[۰-۹]/);
          expect(at(sign).left, holder.className).to.be.lessThan(at(firstDigit).left);
        }
      });

      it('writes its source line in its own script, with no Latin letters', async () => {
        const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
        const source = textOf(shadow(el).querySelector('[part="source"]')!);
        expect(source).to.contain(m.speaker);
        expect(source).not.to.match(/[A-Za-z]/);
      });
    }

    it('passes axe', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      await expect(el).to.be.accessible();
    });
  });
}

describe('choosing the edition', () => {
  const tags: Array<[string, Messages]> = [
    ['ru-KZ', ru],
    ['kk-Cyrl-KZ', kk],
    ['fa-AF', fa],
    ['prs', fa],
    ['ps-AF', ps],
    ['pbt', ps],
    ['pbu', ps],
    ['EN-gb', en],
  ];
  for (const [tag, messages] of tags) {
    it(`matches "${tag}" by its language`, async () => {
      const el = await render(html`<kz-af-trade lang=${tag}></kz-af-trade>`);
      expect(textOf(shadow(el))).to.contain(messages.title);
    });
  }

  it("keeps an author-set dir over the edition's own", async () => {
    const el = await render(html`<kz-af-trade lang="fa" dir="ltr"></kz-af-trade>`);
    expect(getComputedStyle(shadow(el).querySelector('[part~="card"]')!).direction).to.equal('ltr');
  });

  it('isolates Latin company names in right-to-left text', async () => {
    const el = await render(html`<kz-af-trade lang="ps" sections="mining"></kz-af-trade>`);
    const isolated = [...shadow(el).querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).to.include.members(ps.companies);
  });
});

describe('following the page language', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('re-renders when <html lang> changes at run time', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const el = await render(html`<kz-af-trade></kz-af-trade>`);
    expect(textOf(shadow(el))).to.contain(ru.title);
    document.documentElement.setAttribute('lang', 'fa');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(fa.title);
    expect(getComputedStyle(shadow(el).querySelector('[part~="card"]')!).direction).to.equal('rtl');
  });

  it('leaves no observer behind once the widget is removed', async () => {
    const el = await render(html`<kz-af-trade></kz-af-trade>`);
    expect(langFollowers()).to.deep.equal({ count: 1, observing: true });
    el.remove();
    expect(langFollowers()).to.deep.equal({ count: 0, observing: false });
  });
});

// Where the browser lends another language's data, the edition's own words still stand.
describe('an edition whose language the browser has no data for', () => {
  it('Pashto, with Dari data lent: Afghan digits, Pashto months and "and", no Dari words', () => {
    const format = createFormatters(intlSettings.ps, ps.calendar, (locales) => locales.filter((l) => l === 'fa-AF'));
    expect(format.monthRange('2022-01', '2022-08')).to.equal('له جنورۍ څخه تر اګست ۲۰۲۲ پورې');
    expect(format.date('2022-10-22')).to.equal('د ۱۴۰۱ کال د تلې ۳۰مه (۲۲ اکتوبر ۲۰۲۲)');
    expect(
      format
        .list(['مس', 'اوسپنه', 'سره زر'])
        .map(({ value }) => value)
        .join(''),
    ).to.equal('مس، اوسپنه او سره زر');
  });

  it('Kazakh, with Russian data lent: Russian separators, Kazakh months, across a year too', () => {
    const format = createFormatters(intlSettings.kk, kk.calendar, (locales) => locales.filter((l) => l === 'ru'));
    expect(format.decimal(330.7)).to.equal('330,7');
    expect(format.monthRange('2022-01', '2022-08')).to.equal('2022 жылғы қаңтар–тамыз');
    expect(format.monthRange('2022-11', '2023-02')).to.equal('2022 жылғы қараша\u00a0– 2023 жылғы ақпан');
    expect(format.date('2022-10-22')).to.equal('2022 жылғы 22 қазан');
  });
});

describe('Pashto digits', () => {
  const afghanDigits = /^[۰-۹٫٬]+$/;

  it('come from Intl where the browser has Pashto data, or from an explicit numbering system where not', () => {
    for (const supported of [
      (locales: string[]) => Intl.NumberFormat.supportedLocalesOf(locales), // this browser, as it is
      () => [], // a browser with none of the candidates
      (locales: string[]) => locales.filter((locale) => locale === 'fa-AF'), // no Pashto, Dari present
    ]) {
      const format = createFormatters(intlSettings.ps, ps.calendar, supported);
      expect(format.decimal(330.7)).to.match(afghanDigits);
      expect(format.percent(0.8)).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
    }
  });

  it('fall back to Dari data, not English, when the browser lacks Pashto', () => {
    expect(resolveIntlLocale(intlSettings.ps.locales, (locales) => locales.filter((l) => l === 'fa-AF'))).to.equal(
      'fa-AF',
    );
    expect(resolveIntlLocale(intlSettings.ps.locales, (locales) => locales)).to.equal('ps-AF');
  });
});
