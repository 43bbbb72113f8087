// The classic-script build, dist/kz-af-trade.iife.js, as a CMS that strips type="module" would
// load it: a plain <script src>, every edition inside, no module loader and no sibling file.
import { expect } from '@open-wc/testing';
import { locales } from '../../src/locales/index.js';
import { headingOf, loadFrame, until } from '../examples/frame.js';
import { editions } from './editions.js';
import { countIntl } from './intl-setups.js';

const iife = new URL('../../dist/kz-af-trade.iife.js', import.meta.url).href;
const decimal = (lang: string, value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src; // no type: a classic script
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('the classic-script build dist/kz-af-trade.iife.js', () => {
  before(() => classicScript(iife));
  afterEach(() => document.body.replaceChildren());

  it('defines <kz-af-trade> without a module script', () => {
    expect(customElements.get('kz-af-trade')).to.be.a('function');
    expect(document.querySelector('script[type="module"][src*="kz-af-trade"]')).to.equal(null);
  });

  for (const lang of locales) {
    it(`renders the "${lang}" edition from the one file`, async () => {
      const messages = editions[lang];
      document.body.innerHTML = `<kz-af-trade lang="${lang}"></kz-af-trade>`;
      const el = document.querySelector('kz-af-trade') as Widget;
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain(messages.title);
      expect(text).to.contain(messages.speaker);
      expect(el.shadowRoot!.querySelector('[part~="bar-kz"]')).to.exist;
      if (lang === 'fr' || lang === 'en') expect(text).to.contain(decimal(lang, 330.7));
    });
  }

  it('fetches no edition chunk: every edition is inlined', () => {
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/dist\/kz-af-trade-[\w-]+\.js/.test(name));
    expect(chunks).to.deep.equal([]);
  });

  it('renders with no Intl set-up: every edition’s figures are written at build time', async () => {
    const frame = await loadFrame({
      srcdoc: `<!doctype html><body>${countIntl}<kz-af-trade lang="ps"></kz-af-trade><kz-af-trade lang="kk" variant="compact"></kz-af-trade><script src="${iife}"></script>`,
    });
    const win = frame.contentWindow as Window & typeof globalThis & { intlSetups: number };
    const widgets = [...win.document.querySelectorAll('kz-af-trade')] as Widget[];
    await until(() => widgets.every(headingOf), 'both rendered');
    expect(win.intlSetups).to.equal(0);
    frame.remove();
  });

  it('can be loaded twice on one page without error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await classicScript(`${iife}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
