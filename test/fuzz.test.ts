// Seeded fuzzing: 1,200 cases of generated attribute values (valid, nearly valid and hostile:
// markup, </script>, bidi controls, lone surrogates, 10,000-character strings), attributes
// removed, properties of every type, and generated publisher data, some changed again while an
// edition or the data check is still loading. Every case must leave no escaped exception, a
// rendered widget in the language last asked for, at most one warning per value set, and no
// element made from input. A failure names its seed and case, so `FUZZ_SEED` reproduces it.
import { expect } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { intlSettings, matchLocale } from '../src/locales/index.js';
import { collectWarnings } from './helpers.js';

const FUZZ_SEED = 20221022;
const CASES = 1_200;

/** mulberry32: small, fast and the same in every engine. */
function generator(seed: number) {
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const hostile = [
  '<img src=x onerror="window.__fuzzPwned=1">',
  '</script><script>window.__fuzzPwned=1</script>',
  '"><svg onload="window.__fuzzPwned=1">',
  "'><iframe srcdoc='<script>parent.__fuzzPwned=1</script>'>",
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__fuzzPwned=1")()}}',
  '${window.__fuzzPwned=1}',
  'javascript:window.__fuzzPwned=1',
  '\u202Efr\u202C',
  '\u2066rtl\u2069\u200F',
  '\u200B\u200D\uFEFF',
  '\uD800',
  '\u0000',
  '<!--',
  ']]>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '2.0000000001',
  '0x3',
  ' 3 ',
  '',
  ' ',
];
const valid: Record<string, readonly string[]> = {
  lang: [
    'fr',
    'en',
    'ru',
    'kk',
    'fa',
    'ps',
    'fr-CA',
    'prs',
    'pbt',
    'pbu',
    'ru-KZ',
    'kk-Cyrl-KZ',
    'FA-af',
    'de',
    'x-klingon',
  ],
  variant: ['full', 'compact', 'Compact', 'tiny'],
  sections: ['trade', 'outlook trade', 'trade trade', 'mining exports vehicles trade outlook', 'weather', 'TRADE'],
  theme: ['auto', 'light', 'dark', 'Dark', 'sepia'],
  'heading-level': ['2', '3', '4', '5', '6', '1', '7', '3.5', '-2'],
  dir: ['ltr', 'rtl', 'auto', 'RTL', 'up'],
};
const attributes = Object.keys(valid);

function value(random: Random, name: string): string {
  const roll = random.next();
  if (roll < 0.45) return random.pick(valid[name]);
  if (roll < 0.75) return random.pick(hostile);
  if (roll < 0.8) return random.pick(hostile).repeat(1 + random.int(3)) + random.pick(valid[name]);
  if (roll < 0.85) return 'x'.repeat(10_000);
  if (roll < 0.9)
    return random
      .pick(hostile)
      .repeat(10_000 / 20)
      .slice(0, 10_000);
  // random code points, across planes (some unpaired surrogates)
  return String.fromCodePoint(...Array.from({ length: 1 + random.int(40) }, () => random.int(0x2ffff)));
}

/** A JSON-like publisher document: mostly the right keys, with wrong, hostile or extreme values. */
function data(random: Random): unknown {
  const keys = ['totalMillionUsd', 'kzExportsMillionUsd', 'period', 'announcedOn', 'source'];
  const extra = ['__proto__', 'constructor', 'prototype', 'toString', 'afExportsMillionUsd', '<img src=x>'];
  const anything = (): unknown =>
    random.pick<() => unknown>([
      () => random.next() * 1000,
      () => -random.next() * 10,
      () => random.pick([NaN, Infinity, -Infinity, 0, -0, 1e308, Number.MIN_VALUE]),
      () => value(random, random.pick(attributes)),
      () => ({
        start: random.pick(['2022-01', '2022-13', '']),
        end: random.pick(['2022-08', '2021-01', value(random, 'lang')]),
      }),
      () => random.pick(['2022-10-22', '2022-02-30', '22/10/2022']),
      () => [],
      () => null,
      () => true,
      () => ({ toString: 'x', valueOf: 1 }),
    ])();
  if (random.next() < 0.1) return anything();
  const doc: Record<string, unknown> = {};
  for (const key of keys) if (random.next() < 0.6) doc[key] = random.next() < 0.5 ? anything() : undefined;
  if (random.next() < 0.3) Object.defineProperty(doc, random.pick(extra), { value: anything(), enumerable: true });
  // sometimes through JSON, as from a <script type="application/json"> child
  return random.next() < 0.5 ? JSON.parse(JSON.stringify(doc) ?? 'null') : doc;
}

const properties = ['variant', 'sections', 'theme', 'headingLevel', 'noActions', 'data'] as const;

/** A value of any type, as a framework or a script could set a property to. */
function anyValue(random: Random, name: string): unknown {
  return random.pick<() => unknown>([
    () => value(random, random.pick(attributes)),
    () => random.pick(valid[random.pick(attributes)]),
    () => random.pick([undefined, null, '', 0, -0, 1, 3, 4.5, NaN, true, false, 12n]),
    () => random.pick([{}, [], ['trade'], Object.create(null), { toString: () => 'compact' }]),
    () => Symbol(name),
    () => data(random),
  ])();
}

type Change = { set: string; to: string } | { remove: string } | { property: string; to: unknown };

function change(random: Random): Change {
  const roll = random.next();
  if (roll < 0.55) {
    const name = random.pick(attributes);
    return { set: name, to: value(random, name) };
  }
  if (roll < 0.75) return { remove: random.pick([...attributes, 'no-actions']) };
  const property = random.pick(properties);
  return { property, to: anyValue(random, property) };
}

function apply(el: KzAfTrade, step: Change) {
  if ('set' in step) el.setAttribute(step.set, step.to);
  else if ('remove' in step) el.removeAttribute(step.remove);
  else (el as unknown as Record<string, unknown>)[step.property] = step.to;
}

/** Every element of the shadow tree, and what in it could only have come from input. */
function madeFromInput(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (
      ['img', 'script', 'iframe', 'object', 'embed', 'image', 'foreignobject', 'style', 'link'].includes(el.localName)
    ) {
      found.push(`<${el.localName}>`);
    }
    for (const { name } of el.attributes) if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
  }
  return found;
}

describe(`fuzz: ${CASES} seeded cases of attribute values and publisher data (seed ${FUZZ_SEED})`, () => {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => escaped.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandledrejection: ${String(event.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.body.replaceChildren();
  });

  it('no exception escapes, every case renders, warnings stay bounded, nothing is built from input', async function () {
    this.timeout(120_000);
    const random = generator(FUZZ_SEED);
    // most cases change a long-lived widget (the hard path: every transition); some start afresh
    let el = document.createElement('kz-af-trade') as KzAfTrade;
    document.body.append(el);
    let warned = 0;
    for (let n = 0; n < CASES; n++) {
      const where = `seed ${FUZZ_SEED}, case ${n}`;
      const fresh = random.next() < 0.2;
      const changes = Array.from({ length: 1 + random.int(4) }, () => change(random));
      const withData = random.next() < 0.25;
      const document_ = withData ? data(random) : undefined;
      // some cases change again while the first changes still load (an edition, the data check)
      const later = random.next() < 0.3 ? Array.from({ length: 1 + random.int(2) }, () => change(random)) : [];
      const wait = random.pick([() => Promise.resolve(), () => new Promise((resolve) => setTimeout(resolve))]);
      let thrown: unknown;
      const warnings = await collectWarnings(async () => {
        try {
          if (fresh) {
            el.remove();
            el = document.createElement('kz-af-trade') as KzAfTrade;
          }
          for (const step of changes) apply(el, step);
          if (withData) (el as unknown as { data: unknown }).data = document_;
          if (fresh) document.body.append(el);
          if (later.length) {
            await wait();
            for (const step of later) apply(el, step);
          }
          while (!(await el.updateComplete));
        } catch (error) {
          thrown = error;
        }
      });
      warned += warnings.length;
      expect(thrown, `${where}: threw`).to.equal(undefined);
      expect(escaped, where).to.deep.equal([]);
      expect((window as { __fuzzPwned?: number }).__fuzzPwned, `${where}: input ran`).to.equal(undefined);

      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="heading"]')?.textContent?.trim(), `${where}: heading`).to.not.equal('');
      const chart = root.querySelector('[part~="chart"]');
      if (chart) expect(chart.querySelectorAll('[part~="bar"]'), `${where}: bars`).to.have.length(2);
      const { sections } = el as unknown as { sections: unknown };
      if (sections === 'trade exports vehicles mining outlook') expect(chart, `${where}: no chart`).to.not.equal(null);
      // the language last asked for, whatever loaded meanwhile
      const asked = matchLocale(el.getAttribute('lang') || 'en') ?? 'en';
      const card = root.querySelector('[part~="card"]')!;
      expect(card.getAttribute('lang'), `${where}: lang`).to.equal(intlSettings[asked].locales[0]);
      // one warning per value set, one for each data check: never a flood
      const steps = changes.length + later.length;
      expect(warnings.length, `${where}: ${warnings.length} warnings`).to.be.at.most(steps + 2);
      expect(madeFromInput(root), where).to.deep.equal([]);
      if (n % 7 === 0) {
        // the data table's control under the same input
        const showData = root.querySelector<HTMLButtonElement>('[part~="show-data"]');
        if (showData) {
          showData.click();
          await el.updateComplete;
        }
      }
    }
    // the generator does reach the invalid paths: a clean run is not an idle one
    expect(warned).to.be.greaterThan(CASES / 2);
  });
});
