import { expect, fixture, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { shippedFacts } from '../src/data/facts.js';
import { applyPublisherData, publisherDataLimits as limits } from '../src/data/publisher-data.js';
import en from '../src/locales/en.js';
import type { Locale } from '../src/locales/index.js';
import { collectWarnings, decimal, longDate, percent, render, shadow, textOf, widthOf } from './helpers.js';

const money = (value: number) => en.millionUsd(decimal('en', value));
const pad = (value: number) => String(value).padStart(2, '0');
/** Days in a Gregorian month, by the leap-year rule itself (the validator asks `Date` instead). */
const daysIn = (year: number, month: number) => {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
};
const accepts = (input: unknown) => applyPublisherData(input).problems.length === 0;
const problemsOf = (input: unknown) => applyPublisherData(input).problems.join('; ');
const [firstYear, lastYear] = limits.years;
// A changed figure says when it changed.
const on = { correctedOn: '2022-11-02' };
const correction = {
  ...on,
  totalMillionUsd: 400,
  kzExportsMillionUsd: 350.5,
  period: { start: '2022-01', end: '2022-09' },
  announcedOn: '2022-11-02',
  source: 'Kazakh Ministry of Trade, figures revised on 2 November 2022',
};

describe('publisher data: the validator', () => {
  it('accepts a correction and keeps the shipped values for the keys it leaves out', () => {
    const { facts, problems } = applyPublisherData({ totalMillionUsd: 331, ...on });
    expect(problems).to.deep.equal([]);
    expect(facts.trade).to.deep.equal({ ...shippedFacts.trade, totalMillionUsd: 331 });
    expect(facts.announcedOn).to.equal(shippedFacts.announcedOn);
    expect(facts.correctedOn).to.equal(on.correctedOn);
  });

  const invalid: Array<[string, unknown, string]> = [
    ['a non-object', [1, 2], 'expected a JSON object'],
    ['null', null, 'expected a JSON object'],
    ['a negative total', { totalMillionUsd: -1 }, 'totalMillionUsd must be a finite number'],
    ['a negative zero total', { totalMillionUsd: -0, kzExportsMillionUsd: 0 }, 'totalMillionUsd must be at least'],
    ['an infinite total', { totalMillionUsd: Infinity }, 'totalMillionUsd must be a finite number'],
    ['NaN exports', { kzExportsMillionUsd: NaN }, 'kzExportsMillionUsd must be a finite number'],
    ['a number as text', { totalMillionUsd: '330.7' }, 'totalMillionUsd must be a finite number'],
    ['a zero total', { totalMillionUsd: 0, kzExportsMillionUsd: 0 }, 'totalMillionUsd must be at least'],
    ['exports over the total', { kzExportsMillionUsd: 400 }, 'must not exceed totalMillionUsd'],
    ['a malformed period', { period: { start: '2022-13', end: '2022-08' } }, 'period must be'],
    ['a reversed period', { period: { start: '2022-09', end: '2022-01' } }, 'period must be'],
    ['a period without end', { period: { start: '2022-01' } }, 'period must be'],
    ['a bad date', { announcedOn: '22/10/2022' }, 'announcedOn must be a date'],
    ['an empty source', { source: '   ' }, 'source must be a non-empty string'],
    ['a source too long', { source: 'x'.repeat(301) }, 'at most 300 characters'],
    ['a source that is not text', { source: { text: 'x' } }, 'source must be a non-empty string'],
    ['an unknown key', { totalMillionUSD: 400 }, 'unknown key "totalMillionUSD"'],
    ['a changed figure without correctedOn', { totalMillionUsd: 331 }, 'correctedOn ("YYYY-MM-DD") is required'],
    [
      'a calculated figure changed without correctedOn',
      { kzExportsMillionUsd: 300 },
      'correctedOn ("YYYY-MM-DD") is required',
    ],
    ['a correction date that is no day', { ...on, correctedOn: '2022-11-31' }, 'correctedOn must be a date'],
    ['a correction before the announcement', { correctedOn: '2022-10-21' }, 'not before the announcement (2022-10-22)'],
    [
      'a correction before a corrected announcement',
      { announcedOn: '2022-11-05', correctedOn: '2022-11-02' },
      'not before the announcement (2022-11-05)',
    ],
    ['a note without correctedOn', { correctionNote: 'Revised.' }, 'correctionNote needs the correctedOn date'],
    ['an empty note', { ...on, correctionNote: '  ' }, 'correctionNote must be a non-empty string'],
    [
      'a note too long',
      { ...on, correctionNote: 'x'.repeat(301) },
      'correctionNote must be a non-empty string of at most 300',
    ],
    ['a note that is not text', { ...on, correctionNote: ['Revised.'] }, 'correctionNote must be'],
  ];
  for (const [name, input, problem] of invalid) {
    it(`rejects ${name}, showing the shipped facts`, () => {
      const { facts, problems } = applyPublisherData(input);
      expect(facts).to.equal(shippedFacts);
      expect(problems.join('; ')).to.contain(problem);
    });
  }

  it('accepts Kazakh exports of -0 as +0, so no "-0" is ever shown', () => {
    const { facts, problems } = applyPublisherData(
      JSON.parse('{"kzExportsMillionUsd": -0, "correctedOn": "2022-11-02"}'),
    );
    expect(problems).to.deep.equal([]);
    expect(Object.is(facts.trade.kzExportsMillionUsd, 0)).to.equal(true);
  });

  it('lists every problem at once', () => {
    const { problems } = applyPublisherData({ totalMillionUsd: -1, announcedOn: 'soon', colour: 'red' });
    expect(problems).to.have.length(3);
  });

  it('ignores __proto__ and constructor keys, and never pollutes a prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "totalMillionUsd": 331, "correctedOn": "2022-11-02"}',
    );
    const { facts, problems } = applyPublisherData(input);
    expect(problems).to.deep.equal([]);
    expect(facts.trade.totalMillionUsd).to.equal(331);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('publisher data: dates are real calendar days', () => {
  it('accepts exactly the days the Gregorian calendar has, leap days included', () => {
    const wrong: string[] = [];
    for (const year of [firstYear, 2022, 2023, 2024, lastYear]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = `${year}-${pad(month)}-${pad(day)}`;
          if (accepts({ announcedOn: date }) !== day <= daysIn(year, month)) wrong.push(date);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  for (const date of ['2022-02-30', '2023-02-29', '2022-04-31', `${lastYear}-02-29`]) {
    it(`rejects ${date}, quoting it`, () => {
      expect(problemsOf({ announcedOn: date }))
        .to.contain('announcedOn must be')
        .and.contain(`"${date}"`);
    });
  }

  it(`bounds the year to ${firstYear}–${lastYear}, and says so`, () => {
    for (const date of [`${firstYear - 1}-12-31`, `${lastYear + 1}-01-01`, '0000-01-01', '9999-12-31']) {
      expect(problemsOf({ announcedOn: date }), date)
        .to.contain(String(firstYear))
        .and.contain(String(lastYear));
    }
    expect(accepts({ announcedOn: `${firstYear}-01-01` })).to.equal(true);
    expect(accepts({ announcedOn: `${lastYear}-12-31` })).to.equal(true);
  });

  it(`bounds the period's years to ${firstYear}–${lastYear}, and says so`, () => {
    for (const period of [
      { start: `${firstYear - 1}-12`, end: '2022-08' },
      { start: '2022-01', end: `${lastYear + 1}-01` },
      { start: '0000-01', end: '9999-12' },
    ]) {
      expect(problemsOf({ period }), JSON.stringify(period))
        .to.contain('period must be')
        .and.contain(String(firstYear))
        .and.contain(String(lastYear));
    }
    expect(accepts({ period: { start: `${firstYear}-01`, end: `${lastYear}-12` } })).to.equal(true);
  });
});

describe('publisher data: amounts are plausible', () => {
  const { maxMillionUsd, minTotalMillionUsd } = limits;
  const keys = ['totalMillionUsd', 'kzExportsMillionUsd'] as const;

  for (const key of keys) {
    it(`bounds ${key} to ${maxMillionUsd} million US dollars, and says so`, () => {
      for (const value of [1e308, Number.MAX_VALUE, maxMillionUsd + 0.1, maxMillionUsd * 10]) {
        const input = { totalMillionUsd: maxMillionUsd, kzExportsMillionUsd: 0, [key]: value };
        expect(problemsOf(input), String(value))
          .to.contain(`${key} must be`)
          .and.contain(String(maxMillionUsd))
          .and.contain('trillion');
      }
      expect(accepts({ totalMillionUsd: maxMillionUsd, [key]: maxMillionUsd, ...on })).to.equal(true);
    });
  }

  it(`wants a total of at least ${minTotalMillionUsd}, the least that is not shown as 0`, () => {
    for (const value of [0, -0, Number.MIN_VALUE, minTotalMillionUsd / 10]) {
      expect(problemsOf({ totalMillionUsd: value, kzExportsMillionUsd: 0 }), String(value)).to.contain(
        `totalMillionUsd must be at least ${minTotalMillionUsd}`,
      );
    }
    expect(decimal('en', minTotalMillionUsd)).not.to.equal(decimal('en', 0));
    expect(accepts({ totalMillionUsd: minTotalMillionUsd, kzExportsMillionUsd: 0, ...on })).to.equal(true);
  });
});

describe('publisher data: every problem message is bounded', () => {
  it('reports the first few unknown keys and counts the rest', () => {
    const count = 100_000;
    const input = Object.fromEntries(Array.from({ length: count }, (_, i) => [`key${i}`, i]));
    const { facts, problems } = applyPublisherData(input);
    const listed = limits.unknownKeysListed;
    expect(facts).to.equal(shippedFacts);
    expect(problems).to.have.length(listed + 1);
    expect(problems.slice(0, listed)).to.deep.equal(Array.from({ length: listed }, (_, i) => `unknown key "key${i}"`));
    expect(problems[listed]).to.contain(`and ${(count - listed).toLocaleString('en')} more`);
  });

  it('lists every unknown key when there are only a few', () => {
    const input = Object.fromEntries(Array.from({ length: limits.unknownKeysListed }, (_, i) => [`key${i}`, i]));
    expect(applyPublisherData(input).problems).to.have.length(limits.unknownKeysListed);
  });

  it('keeps each message short, whatever the input', () => {
    const long = 'x'.repeat(100_000);
    const inputs: unknown[] = [
      { [long]: 1 },
      { totalMillionUsd: long, kzExportsMillionUsd: [long], announcedOn: long, source: long },
      { period: { start: long, end: long }, announcedOn: { [long]: long } },
      { totalMillionUsd: Array.from({ length: 10_000 }, () => long) },
      Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [long.slice(0, 1000) + i, long])),
    ];
    for (const input of inputs) {
      const { problems } = applyPublisherData(input);
      expect(problems.length).to.be.within(1, limits.unknownKeysListed + 5);
      for (const problem of problems) expect(problem.length, problem.slice(0, 80)).to.be.at.most(200);
    }
  });
});

describe('publisher data: the widget', () => {
  it('shows a correction given as the data property, with derived figures recomputed', async () => {
    const el = await render(html`<kz-af-trade lang="en" .data=${correction}></kz-af-trade>`);
    const text = textOf(shadow(el));
    expect(text).to.contain(money(400));
    expect(text).to.contain(money(350.5));
    expect(text).to.contain(money(49.5));
    expect(text).to.contain(percent('en', 350.5 / 400));
    expect(text).to.contain(correction.source);
    expect(text).not.to.contain(money(330.7));
    const scale = widthOf(shadow(el).querySelector('.chart .stack')!);
    expect(widthOf(shadow(el).querySelector('[part~="bar-af"]')!) / scale).to.be.closeTo(49.5 / 400, 0.5 / scale);
  });

  it('reads a <script type="application/json"> child', async () => {
    const el = await render(
      html`<kz-af-trade lang="en"
        ><script type="application/json">
          { "totalMillionUsd": 400, "kzExportsMillionUsd": 350.5, "correctedOn": "2022-11-02" }
        </script></kz-af-trade
      >`,
    );
    expect(textOf(shadow(el))).to.contain(money(49.5));
  });

  it('lets the data property win over the JSON child', async () => {
    const el = await render(
      html`<kz-af-trade lang="en" .data=${{ totalMillionUsd: 500, ...on }}
        ><script type="application/json">
          { "totalMillionUsd": 400, "correctedOn": "2022-11-02" }
        </script></kz-af-trade
      >`,
    );
    expect(textOf(shadow(el))).to.contain(money(500));
  });

  it('warns once and shows the shipped facts when the JSON does not parse', async () => {
    let el!: KzAfTrade;
    const warnings = await collectWarnings(async () => {
      // The trailing comma is the malformed JSON under test: keep Prettier from mending it.
      // prettier-ignore
      el = await render(html`<kz-af-trade lang="en"><script type="application/json">{"totalMillionUsd": 400,}</script></kz-af-trade>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON');
    expect(textOf(shadow(el))).to.contain(money(330.7));
  });

  it('warns once, listing every problem, and shows the shipped facts when a correction is invalid', async () => {
    let el!: KzAfTrade;
    const warnings = await collectWarnings(async () => {
      el = await render(
        html`<kz-af-trade lang="en" .data=${{ kzExportsMillionUsd: 999, colour: 'red' }}></kz-af-trade>`,
      );
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('must not exceed').and.contain('unknown key "colour"');
    expect(textOf(shadow(el)))
      .to.contain(money(330.7))
      .and.contain(money(14.2));
  });

  it('shows no "-0" for Kazakh exports given as -0', async () => {
    const el = await render(html`<kz-af-trade lang="en" .data=${{ kzExportsMillionUsd: -0, ...on }}></kz-af-trade>`);
    const text = textOf(shadow(el));
    expect(percent('en', -0)).not.to.equal(percent('en', 0));
    expect(text).to.contain(percent('en', 0)).and.contain(money(0));
    expect(text).not.to.contain(percent('en', -0)).and.not.to.contain(money(-0));
  });

  it('shows the shipped date, not a neighbouring one, for an impossible day', async () => {
    const impossible = '2022-02-30';
    let el!: KzAfTrade;
    const warnings = await collectWarnings(async () => {
      el = await render(html`<kz-af-trade lang="en" .data=${{ announcedOn: impossible }}></kz-af-trade>`);
    });
    // What the day would read as, written as given or rolled over into March as `Date` does.
    const rolledOver = new Date(Date.UTC(2022, 1, 30)).toISOString().slice(0, 10);
    expect(warnings).to.have.length(1);
    const text = textOf(shadow(el));
    expect(text).to.contain(longDate(en, shippedFacts.announcedOn));
    expect(text).not.to.contain(longDate(en, impossible)).and.not.to.contain(longDate(en, rolledOver));
  });

  /** Renders the widget in a 360 px column and checks nothing in it is wider than the column. */
  async function expectFitsIn360px(lang: Locale, data: unknown) {
    let el!: KzAfTrade;
    await collectWarnings(async () => {
      el = await render(html`<div style="width: 360px"><kz-af-trade lang=${lang} .data=${data}></kz-af-trade></div>`);
    });
    const column = el.parentElement!;
    expect(column.scrollWidth, `${lang}: the column's scroll width`).to.be.at.most(360);
    const right = column.getBoundingClientRect().right;
    for (const element of shadow(el).querySelectorAll('*')) {
      if (element.closest('.visually-hidden')) continue;
      expect(element.getBoundingClientRect().right, `${lang}: ${element.localName}.${element.className}`).to.be.at.most(
        right + 0.5,
      );
    }
    for (const bar of shadow(el).querySelectorAll('rect')) {
      expect(bar.getAttribute('width'), `${lang}: a bar's width`).to.match(/^\d+(\.\d+)?(e-\d+)?%$/);
    }
    return el;
  }

  it('keeps a 360 px page 360 px wide when a correction gives an absurd amount', async () => {
    const el = await expectFitsIn360px('en', { totalMillionUsd: 1e308, kzExportsMillionUsd: 5e307 });
    expect(textOf(shadow(el))).to.contain(money(shippedFacts.trade.totalMillionUsd));
  });

  for (const lang of ['en', 'fr', 'ru', 'kk', 'fa', 'ps'] as const) {
    it(`fits the largest amounts allowed in a 360 px column (${lang})`, async () => {
      const { maxMillionUsd } = limits;
      await expectFitsIn360px(lang, {
        totalMillionUsd: maxMillionUsd,
        kzExportsMillionUsd: maxMillionUsd - 0.1,
        ...on,
      });
    });
  }

  it('renders hostile source text as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true"></script>\u202Egnp.exe\u202C';
    const el = await render(html`<kz-af-trade lang="en" .data=${{ source: hostile }}></kz-af-trade>`);
    const source = shadow(el).querySelector('[part~="source"]')!;
    expect(source.textContent).to.contain(hostile);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(source.querySelector('bdi')!.textContent).to.equal(hostile);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('follows a new data property at run time', async () => {
    const el = await fixture<KzAfTrade>(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.data = { totalMillionUsd: 600, ...on };
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(money(600));
    el.data = undefined;
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(money(330.7));
  });
});
