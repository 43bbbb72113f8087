import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fr from '../src/locales/fr.js';
import { collectWarnings, headingLevelOf, monthRange, render, shadow, textOf } from './helpers.js';

const sectionHeadings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.heading-1')].map((heading) => textOf(heading));

describe('variant', () => {
  it('"full" shows every section', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    expect(sectionHeadings(el).slice(1)).to.deep.equal([
      en.exportsHeading,
      en.vehiclesHeading,
      en.miningHeading,
      en.outlookHeading,
    ]);
  });

  it('"compact" shows the headline figure, the trade bars and the source only', async () => {
    const el = await render(html`<kz-af-trade lang="en" variant="compact"></kz-af-trade>`);
    const root = shadow(el);
    expect(root.querySelectorAll('.section')).to.have.length(1);
    expect(root.querySelectorAll('[part~="bar"]')).to.have.length(2);
    expect(root.querySelector('.headline-value')).to.exist;
    expect(root.querySelector('[part~="source"]')).to.exist;
    expect(textOf(root)).not.to.contain(en.vehicles);
  });

  it('falls back to "full" with one warning naming the attribute, the value and the accepted values', async () => {
    let el!: HTMLElement;
    const warnings = await collectWarnings(async () => {
      el = await render(html`<kz-af-trade lang="en" variant="tiny"></kz-af-trade>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('variant="tiny"').and.contain('full, compact');
    expect(sectionHeadings(el)).to.have.length(5);
  });
});

describe('sections', () => {
  it('shows the named sections in the given order', async () => {
    const el = await render(html`<kz-af-trade lang="en" sections="outlook trade"></kz-af-trade>`);
    expect(sectionHeadings(el)).to.deep.equal([en.outlookHeading, en.tradeHeading(monthRange(en))]);
  });

  it('drops unknown names with one warning and keeps the known ones', async () => {
    let el!: HTMLElement;
    const warnings = await collectWarnings(async () => {
      el = await render(html`<kz-af-trade lang="en" sections="mining weather"></kz-af-trade>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('sections="mining weather"').and.contain('trade exports vehicles mining outlook');
    expect(sectionHeadings(el)).to.deep.equal([en.miningHeading]);
  });

  it('shows every section when none is known', async () => {
    let el!: HTMLElement;
    const warnings = await collectWarnings(async () => {
      el = await render(html`<kz-af-trade lang="en" sections="   "></kz-af-trade>`);
    });
    expect(warnings).to.have.length(1);
    expect(sectionHeadings(el)).to.have.length(5);
  });
});

describe('heading-level', () => {
  it('places the heading at the given level and section headings one below', async () => {
    const el = await render(html`<kz-af-trade lang="en" heading-level="4"></kz-af-trade>`);
    const root = shadow(el);
    expect(headingLevelOf(root.querySelector('[part~="heading"]'))).to.equal(4);
    expect([...root.querySelectorAll('[part~="section-heading"]')].map(headingLevelOf)).to.deep.equal([5, 5, 5, 5, 5]);
  });

  it('defaults to 3 and warns on a value outside 2–6', async () => {
    for (const value of ['1', '7', 'two', '2.5']) {
      let el!: HTMLElement;
      const warnings = await collectWarnings(async () => {
        el = await render(html`<kz-af-trade lang="en" heading-level=${value}></kz-af-trade>`);
      });
      expect(warnings, value).to.have.length(1);
      expect(warnings[0]).to.contain(`heading-level="${value}"`);
      expect(headingLevelOf(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(3);
    }
  });
});

describe('lang', () => {
  it('follows the nearest ancestor when the element has none', async () => {
    const el = await render(
      html`<div lang="fr">
        <section><kz-af-trade></kz-af-trade></section>
      </div>`,
    );
    expect(textOf(shadow(el))).to.contain(fr.title);
  });

  it('matches a regional tag by its language', async () => {
    const el = await render(html`<kz-af-trade lang="fr-CA"></kz-af-trade>`);
    expect(textOf(shadow(el))).to.contain(fr.title);
    expect(shadow(el).querySelector('[part~="card"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('falls back to English with one warning for a language it has no edition of', async () => {
    let el!: HTMLElement;
    const warnings = await collectWarnings(async () => {
      el = await render(html`<kz-af-trade lang="xx-YY"></kz-af-trade>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="xx-YY"');
    expect(textOf(el.shadowRoot!)).to.contain(en.title);
  });
});

describe('attribute changes', () => {
  it('re-render the widget', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.setAttribute('lang', 'fr');
    el.setAttribute('variant', 'compact');
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain(fr.title);
    expect(shadow(el).querySelectorAll('.section')).to.have.length(1);
    el.setAttribute('heading-level', '2');
    await el.updateComplete;
    expect(headingLevelOf(shadow(el).querySelector('[part~="heading"]'))).to.equal(2);
  });

  it('never throw on bad values', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const warnings = await collectWarnings(async () => {
      for (const [name, value] of [
        ['variant', 'wide'],
        ['theme', 'neon'],
        ['sections', '<img src=x onerror=alert(1)>'],
        ['heading-level', '-0'],
        ['lang', '!!'],
      ]) {
        el.setAttribute(name, value);
        await el.updateComplete;
      }
    });
    expect(warnings).to.have.length(5);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(textOf(shadow(el))).to.contain(en.title);
  });
});
