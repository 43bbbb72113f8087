import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import { collectWarnings, headingLevelOf, render, shadow } from './helpers.js';

const sectionHeadings = (el: KzAfTrade) =>
  [...shadow(el).querySelectorAll('[part~="section-heading"]')].map((heading) => heading.id);
const allSections = ['trade-heading', 'exports-heading', 'vehicles-heading', 'mining-heading', 'outlook-heading'];
const titleLevel = (el: KzAfTrade) => headingLevelOf(shadow(el).querySelector('[part~="heading"]'));
const card = (el: KzAfTrade) => shadow(el).querySelector('[part~="card"]')!;
const actions = (el: KzAfTrade) => shadow(el).querySelectorAll('[part~="action"]').length;

/** Sets `value` as the page or a framework would, and waits for the render. */
async function set(el: KzAfTrade, apply: () => void) {
  apply();
  await el.updateComplete;
}

describe('removing an attribute', () => {
  for (const [name, value, isDefault] of [
    ['sections', 'trade', (el: KzAfTrade) => expect(sectionHeadings(el)).to.deep.equal(allSections)],
    ['variant', 'compact', (el: KzAfTrade) => expect(card(el).classList.contains('full')).to.equal(true)],
    ['theme', 'dark', (el: KzAfTrade) => expect(card(el).classList.contains('theme-auto')).to.equal(true)],
    ['heading-level', '5', (el: KzAfTrade) => expect(titleLevel(el)).to.equal(3)],
    ['no-actions', '', (el: KzAfTrade) => expect(actions(el)).to.be.greaterThan(0)],
  ] as const) {
    it(`${name}: back to the default, silently, and the widget keeps following its attributes`, async () => {
      const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
      const warnings = await collectWarnings(async () => {
        await set(el, () => el.setAttribute(name, value));
        await set(el, () => el.removeAttribute(name));
      });
      expect(warnings).to.deep.equal([]);
      isDefault(el);
      await set(el, () => el.setAttribute('lang', 'fr'));
      expect(card(el).getAttribute('lang')).to.equal('fr');
    });
  }

  it('an empty value, as Preact and Alpine write on removal, is the default too', async () => {
    const el = await render(
      html`<kz-af-trade lang="en" variant="compact" theme="dark" sections="trade"></kz-af-trade>`,
    );
    const warnings = await collectWarnings(async () => {
      for (const name of ['variant', 'theme', 'sections', 'heading-level']) el.setAttribute(name, '');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(sectionHeadings(el)).to.deep.equal(allSections);
    expect(titleLevel(el)).to.equal(3);
  });
});

describe('properties of any type', () => {
  const values: unknown[] = [
    undefined,
    null,
    0,
    1,
    true,
    false,
    {},
    [],
    ['trade'],
    Object.create(null),
    12n,
    Symbol('x'),
  ];

  for (const property of ['sections', 'variant', 'theme', 'headingLevel', 'noActions'] as const) {
    it(`${property}: never throws, always renders the card, warns at most once per value`, async () => {
      const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
      const warnings = await collectWarnings(async () => {
        for (const value of values) {
          await set(el, () => ((el as unknown as Record<string, unknown>)[property] = value));
          expect(shadow(el).querySelector('[part~="heading"]'), String(typeof value)).not.to.equal(null);
        }
      });
      // undefined, null and booleans/objects fall back; each distinct kind is reported once at most
      expect(warnings.length).to.be.at.most(values.length);
      for (const warning of warnings) expect(warning.length).to.be.below(300);
      await set(el, () => el.setAttribute('lang', 'fr'));
      expect(card(el).getAttribute('lang')).to.equal('fr');
    });
  }

  it('undefined, as Svelte 5 and Solid pass on the first render, is the default, silently', async () => {
    const el = document.createElement('kz-af-trade');
    const warnings = await collectWarnings(async () => {
      Object.assign(el, { sections: undefined, variant: undefined, theme: undefined, headingLevel: undefined });
      el.lang = 'en';
      document.body.append(el);
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(sectionHeadings(el)).to.deep.equal(allSections);
    el.remove();
  });

  it('heading-level as a numeric string is that number', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const warnings = await collectWarnings(() => set(el, () => (el.headingLevel = '4')));
    expect(warnings).to.deep.equal([]);
    expect(titleLevel(el)).to.equal(4);
  });

  it('an array or object is described, not printed: a huge one gives one short warning', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const huge = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, i]));
    const warnings = await collectWarnings(() => set(el, () => (el.sections = huge as unknown as string)));
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(300);
    expect(sectionHeadings(el)).to.deep.equal(allSections);
  });
});

describe('a bad value', () => {
  it('warns once per element and distinct value, however often it is set', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const bad = Array.from({ length: 30 }, (_, i) => `bad-${i}`);
    const warnings = await collectWarnings(async () => {
      for (let round = 0; round < 20; round++) {
        for (const value of bad) await set(el, () => el.setAttribute('variant', value));
        await set(el, () => el.setAttribute('variant', 'full'));
      }
    });
    expect(warnings).to.have.length(bad.length);
  });

  it('is bounded in length however long it is', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const warnings = await collectWarnings(() => set(el, () => el.setAttribute('theme', 'x'.repeat(100_000))));
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(300);
  });
});

describe('reflected settings', () => {
  it('variant, theme and no-actions show on the element, for page CSS and a saved outerHTML', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    expect(el.hasAttribute('variant') || el.hasAttribute('theme') || el.hasAttribute('no-actions')).to.equal(false);
    await set(el, () => Object.assign(el, { variant: 'compact', theme: 'dark', noActions: true }));
    expect([el.getAttribute('variant'), el.getAttribute('theme'), el.getAttribute('no-actions')]).to.deep.equal([
      'compact',
      'dark',
      '',
    ]);
    const copy = document.createElement('div');
    copy.innerHTML = el.outerHTML;
    document.body.append(copy);
    const saved = copy.querySelector('kz-af-trade')!;
    await saved.updateComplete;
    expect(card(saved).classList.contains('compact')).to.equal(true);
    expect(card(saved).classList.contains('theme-dark')).to.equal(true);
    expect(actions(saved)).to.equal(0);
    await expect(saved).to.be.accessible();
    copy.remove();
    await set(el, () => (el.noActions = false));
    expect(el.hasAttribute('no-actions')).to.equal(false);
    expect(actions(el)).to.be.greaterThan(0);
  });

  it('a property of another type is not written back, and does not throw', async () => {
    const el = await render(html`<kz-af-trade lang="en" variant="compact"></kz-af-trade>`);
    const warnings = await collectWarnings(() => set(el, () => (el.variant = Object.create(null))));
    expect(warnings).to.have.length(1);
    expect(el.hasAttribute('variant')).to.equal(false);
    expect(card(el).classList.contains('full')).to.equal(true);
  });

  it('no-actions="false", as Svelte writes false before the element is defined, shows the actions', async () => {
    const el = await render(html`<kz-af-trade lang="en" no-actions="false"></kz-af-trade>`);
    expect(el.noActions).to.equal(false);
    expect(actions(el)).to.be.greaterThan(0);
    expect(shadow(el).textContent).to.contain(en.downloadData);
  });
});
