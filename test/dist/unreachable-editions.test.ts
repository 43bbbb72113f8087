// When an edition's file cannot load (a reader offline after the script arrived, a CDN missing a
// file): the built bundle falls back to English, or to the page's own content inside the element,
// with one warning and never a blank box. The test server drops the files (web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { loadFrame } from '../examples/frame.js';
import en from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type PageWindow = Window &
  typeof globalThis & { kzWarnings: string[]; axe: { run(context: Element): Promise<{ violations: { id: string }[] }> } };

/** A page embedding dist/ with the files of `missing` editions unreachable; resolves once the widget has rendered. */
async function page(missing: string, query: string) {
  const frame = await loadFrame({ src: `/test/unreachable/${missing}/page.html?${query}` }, 600, 800);
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('kz-af-trade');
  const el = frame.contentDocument!.querySelector('kz-af-trade') as Widget;
  await el.updateComplete;
  return { win, el };
}

describe('an edition whose file cannot load', () => {
  afterEach(() => document.body.replaceChildren());

  it('is replaced by English, with one warning naming it', async () => {
    const { win, el } = await page('fr', 'lang=fr');
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    const text = card.textContent!;
    // the whole edition: words, numbers, dates and language tag, not English words in French formats
    expect(text).to.contain(en.title);
    expect(text).to.contain(en.millionUsd(new Intl.NumberFormat('en').format(330.7)));
    expect(card.getAttribute('lang')).to.equal('en');
    expect(card.getAttribute('dir')).to.equal('ltr');
    expect(win.kzWarnings).to.have.length(1);
    expect(win.kzWarnings[0]).to.contain('could not load the "fr" edition; showing "en"');
  });

  it('with no edition reachable, shows the page’s own content inside the element, with one warning', async () => {
    const { win, el } = await page('all', 'lang=ru');
    expect(el.matches(':state(rendered)'), 'the reservation is released').to.equal(true);
    const fallback = el.querySelector('div')!;
    expect(fallback.assignedSlot, 'the light-DOM content is slotted').to.exist;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.getBoundingClientRect().height).to.equal(fallback.getBoundingClientRect().height);
    expect(win.kzWarnings).to.have.length(1);
    expect(win.kzWarnings[0]).to.match(/^<kz-af-trade>: could not load the "ru" edition; no edition to show\./);
    // still following its attributes, not stuck on the failed load
    el.setAttribute('lang', 'fa');
    expect(await el.updateComplete).to.equal(true);
    expect(fallback.assignedSlot).to.exist;
    expect(win.kzWarnings.at(-1)).to.contain('could not load the "fa" edition');

    // axe in the page's own document (the frame's), as chai-a11y-axe runs it in this one
    const { violations } = await win.axe.run(el);
    expect(violations.map(({ id }) => id)).to.deep.equal([]);
  });

  it('keeps what it shows while no edition loads, and applies the changes made meanwhile once one does', async () => {
    const { win, el } = await page('ru,en', 'lang=fr');
    const heading = () => el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
    expect(heading()).to.equal(fr.title);
    el.setAttribute('lang', 'ru'); // Russian, and English in its place, unreachable
    expect(await el.updateComplete).to.equal(true);
    el.setAttribute('variant', 'compact');
    expect(await el.updateComplete).to.equal(true);
    expect(heading(), 'the French widget stays as it was').to.equal(fr.title);
    expect(el.shadowRoot!.textContent).to.contain(fr.outlookHeading);
    expect(win.kzWarnings.at(-1)).to.match(/could not load the "ru" edition; no edition to show/);

    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.compact'), 'the variant set while offline').to.exist;
    expect(el.shadowRoot!.textContent).not.to.contain(fr.outlookHeading);
  });

  it('with no edition reachable, a pre-rendered embed keeps its markup as it is', async () => {
    const { win, el } = await page('all', 'snippet=ru-full');
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    const text = card.textContent;
    expect(text).to.contain('Казахстан');
    el.setAttribute('variant', 'compact');
    expect(await el.updateComplete).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="card"]')).to.equal(card);
    expect(card.textContent).to.equal(text);
    expect(win.kzWarnings[0]).to.match(/^<kz-af-trade>: could not load the "ru" edition; no edition to show\./);
    const { violations } = await win.axe.run(el);
    expect(violations.map(({ id }) => id)).to.deep.equal([]);
  });
});
