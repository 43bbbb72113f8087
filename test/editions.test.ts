import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import { createFormatters, resolveIntlLocale } from '../src/format.js';
import { langFollowers } from '../src/lang-observer.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import { intlSettings, type Locale, type Messages } from '../src/locales/index.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import { render, shadow, textOf } from './helpers.js';

const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };
const rightToLeft = new Set(['fa', 'ps']);
// Names that stay in Latin script in every edition (isolated with <bdi> where the text is not Latin).
const names = new Set(['ERG Exploration', 'Kazakhmys Barlau', 'Kazatomprom', 'Serik Zhumangarin']);
// Words spelt alike in English and another edition: not left untranslated, just the same word.
const sameWord: Partial<Record<Locale, string[]>> = { fr: ['Source'] };

/** Every string an edition can show: plain values, array items, and templates filled with a marker. */
function strings(messages: Messages): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return value.map((item, index) => [`${key}[${index}]`, item]);
    return [[key, (value as (...args: string[]) => string)('¤', '¤', '¤', '¤')]];
  });
}

/** Whether `text` contains `phrase` as whole words ("fruit" is not in "fruits"). */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${escaped}(?:$|[^\\p{L}])`, 'u').test(text);
}

/** What Intl gives for an edition's locale: the expectations, independent of the widget's formatters. */
function intlFor(edition: Locale) {
  const { locales, numberingSystem } = intlSettings[edition];
  const locale = Intl.NumberFormat.supportedLocalesOf([...locales])[0] ?? locales[locales.length - 1];
  const digits = numberingSystem ? { numberingSystem } : {};
  return {
    locale,
    decimal: (value: number) => new Intl.NumberFormat(locale, { ...digits, maximumFractionDigits: 1 }).format(value),
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { ...digits, style: 'percent', maximumFractionDigits: 1 }).format(value),
    // without an era: the widget leaves out the Latin "AP" some browsers' Pashto dates begin with
    date: (calendar?: string) =>
      new Intl.DateTimeFormat(locale, { ...digits, dateStyle: 'long', timeZone: 'UTC', calendar })
        .formatToParts(new Date('2022-10-22T12:00:00Z'))
        .map((part, i, parts) =>
          part.type === 'era' ? '' : parts[i - 1]?.type === 'era' ? part.value.trimStart() : part.value,
        )
        .join('')
        .trim(),
  };
}

for (const [edition, m] of Object.entries(editions) as Array<[Locale, Messages]>) {
  describe(`the "${edition}" edition`, () => {
    it('has no empty string', () => {
      for (const [key, value] of strings(m)) expect(value.replace('¤', '').trim(), key).not.to.equal('');
    });

    if (edition !== 'en') {
      it('has no English string left untranslated (names aside)', async () => {
        const english = strings(en).filter(([, value]) => !names.has(value) && value !== 'ltr');
        for (const [key, value] of strings(m)) {
          if (names.has(value) || key === 'direction' || sameWord[edition]?.includes(value)) continue;
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

    it('formats numbers and dates as Intl does for its locale', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const text = textOf(shadow(el));
      const intl = intlFor(edition);
      expect(text).to.contain(m.millionUsd(intl.decimal(330.7)));
      expect(text).to.contain(m.millionUsd(intl.decimal(316.5)));
      expect(text).to.contain(m.millionUsd(intl.decimal(14.2)));
      expect(text).to.contain(intl.percent(316.5 / 330.7));
      expect(text).to.contain(m.flourWheatShare(intl.percent(0.8)));
      expect(text).to.contain(intl.date());
      if (intl.date() !== intl.date('gregory')) expect(text).to.contain(intl.date('gregory'));
    });

    it(`reads ${rightToLeft.has(edition) ? 'right to left' : 'left to right'}, bars growing from the inline start`, async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const root = shadow(el);
      const rtl = rightToLeft.has(edition);
      expect(getComputedStyle(root.querySelector('[part~="card"]')!).direction).to.equal(rtl ? 'rtl' : 'ltr');
      const rail = root.querySelector('.chart .rail')!.getBoundingClientRect();
      const kz = root.querySelector('[part~="bar-kz"]')!.getBoundingClientRect();
      if (rtl) expect(kz.right).to.be.closeTo(rail.right, 0.5);
      else expect(kz.left).to.be.closeTo(rail.left, 0.5);
      expect(kz.width / rail.width).to.be.closeTo(316.5 / 330.7, 0.01);
    });

    it('marks both derived figures as derived in the summary read to screen readers', async () => {
      const el = await render(html`<kz-af-trade lang=${edition}></kz-af-trade>`);
      const summary = textOf(shadow(el).querySelector('.summary')!);
      const intl = intlFor(edition);
      expect(summary).to.contain(m.derived(intl.percent(316.5 / 330.7)));
      expect(summary).to.contain(m.derived(m.millionUsd(intl.decimal(14.2))));
    });

    if (rightToLeft.has(edition)) {
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

describe('Pashto digits', () => {
  const afghanDigits = /^[۰-۹٫٬]+$/;

  it('come from Intl where the browser has Pashto data, or from an explicit numbering system where not', () => {
    for (const supported of [
      (locales: string[]) => Intl.NumberFormat.supportedLocalesOf(locales), // this browser, as it is
      () => [], // a browser with none of the candidates
      (locales: string[]) => locales.filter((locale) => locale === 'fa-AF'), // no Pashto, Dari present
    ]) {
      const format = createFormatters(intlSettings.ps, supported);
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
