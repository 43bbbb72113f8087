import { expect, fixture, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { shippedFacts } from '../src/data/facts.js';
import { applyPublisherData } from '../src/data/publisher-data.js';
import en from '../src/locales/en.js';
import { collectWarnings, decimal, percent, render, shadow, textOf, widthOf } from './helpers.js';

const money = (value: number) => en.millionUsd(decimal('en', value));
const correction = {
  totalMillionUsd: 400,
  kzExportsMillionUsd: 350.5,
  period: { start: '2022-01', end: '2022-09' },
  announcedOn: '2022-11-02',
  source: 'Kazakh Ministry of Trade, figures revised on 2 November 2022',
};

describe('publisher data: the validator', () => {
  it('accepts a correction and keeps the shipped values for the keys it leaves out', () => {
    const { facts, problems } = applyPublisherData({ totalMillionUsd: 331 });
    expect(problems).to.deep.equal([]);
    expect(facts.trade).to.deep.equal({ ...shippedFacts.trade, totalMillionUsd: 331 });
    expect(facts.announcedOn).to.equal(shippedFacts.announcedOn);
  });

  const invalid: Array<[string, unknown, string]> = [
    ['a non-object', [1, 2], 'expected a JSON object'],
    ['null', null, 'expected a JSON object'],
    ['a negative total', { totalMillionUsd: -1 }, 'totalMillionUsd must be a finite number'],
    ['an infinite total', { totalMillionUsd: Infinity }, 'totalMillionUsd must be a finite number'],
    ['NaN exports', { kzExportsMillionUsd: NaN }, 'kzExportsMillionUsd must be a finite number'],
    ['a number as text', { totalMillionUsd: '330.7' }, 'totalMillionUsd must be a finite number'],
    ['a zero total', { totalMillionUsd: 0, kzExportsMillionUsd: 0 }, 'totalMillionUsd must be more than 0'],
    ['exports over the total', { kzExportsMillionUsd: 400 }, 'must not exceed totalMillionUsd'],
    ['a malformed period', { period: { start: '2022-13', end: '2022-08' } }, 'period must be'],
    ['a reversed period', { period: { start: '2022-09', end: '2022-01' } }, 'period must be'],
    ['a period without end', { period: { start: '2022-01' } }, 'period must be'],
    ['a bad date', { announcedOn: '22/10/2022' }, 'announcedOn must be a date'],
    ['an empty source', { source: '   ' }, 'source must be a non-empty string'],
    ['a source too long', { source: 'x'.repeat(301) }, 'at most 300 characters'],
    ['a source that is not text', { source: { text: 'x' } }, 'source must be a non-empty string'],
    ['an unknown key', { totalMillionUSD: 400 }, 'unknown key "totalMillionUSD"'],
  ];
  for (const [name, input, problem] of invalid) {
    it(`rejects ${name}, showing the shipped facts`, () => {
      const { facts, problems } = applyPublisherData(input);
      expect(facts).to.equal(shippedFacts);
      expect(problems.join('; ')).to.contain(problem);
    });
  }

  it('lists every problem at once', () => {
    const { problems } = applyPublisherData({ totalMillionUsd: -1, announcedOn: 'soon', colour: 'red' });
    expect(problems).to.have.length(3);
  });

  it('ignores __proto__ and constructor keys, and never pollutes a prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "totalMillionUsd": 331}',
    );
    const { facts, problems } = applyPublisherData(input);
    expect(problems).to.deep.equal([]);
    expect(facts.trade.totalMillionUsd).to.equal(331);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
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
    const scale = widthOf(shadow(el).querySelector('.chart .rail')!);
    expect(widthOf(shadow(el).querySelector('[part~="bar-af"]')!) / scale).to.be.closeTo(49.5 / 400, 0.5 / scale);
  });

  it('reads a <script type="application/json"> child', async () => {
    const el = await render(
      html`<kz-af-trade lang="en"
        ><script type="application/json">
          { "totalMillionUsd": 400, "kzExportsMillionUsd": 350.5 }
        </script></kz-af-trade
      >`,
    );
    expect(textOf(shadow(el))).to.contain(money(49.5));
  });

  it('lets the data property win over the JSON child', async () => {
    const el = await render(
      html`<kz-af-trade lang="en" .data=${{ totalMillionUsd: 500 }}
        ><script type="application/json">
          { "totalMillionUsd": 400 }
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
    el.data = { totalMillionUsd: 600 };
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(money(600));
    el.data = undefined;
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(money(330.7));
  });
});
