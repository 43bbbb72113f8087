// What ships: the minified CDN bundle from dist/, dropped into a plain page as a newsroom would.
import { expect } from '@open-wc/testing';

const bundle = new URL('../../dist/kz-af-trade.js', import.meta.url).href;
const decimal = (lang: string, value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function embed(markup: string): Promise<Widget> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('kz-af-trade') as Widget;
  await customElements.whenDefined('kz-af-trade');
  await el.updateComplete;
  return el;
}

describe('the built bundle dist/kz-af-trade.js', () => {
  before(() => import(bundle));
  afterEach(() => document.body.replaceChildren());

  for (const [lang, total, kz, af] of [
    // a no-break space keeps the number with its unit
    ['fr', '330,7\u00a0millions', '316,5\u00a0millions', '14,2\u00a0millions'],
    ['en', '$330.7\u00a0million', '$316.5\u00a0million', '$14.2\u00a0million'],
  ]) {
    it(`renders every trade figure in "${lang}" with the numbers Intl gives`, async () => {
      const el = await embed(`<kz-af-trade lang="${lang}"></kz-af-trade>`);
      const text = el.shadowRoot!.textContent!;
      for (const [value, expected] of [[330.7, total], [316.5, kz], [14.2, af]] as const) {
        expect(text).to.contain(decimal(lang, value));
        expect(text).to.contain(expected.replace(/[\d.,]+/, decimal(lang, value)));
      }
      expect(text).to.contain('Zhumangarin');
    });
  }

  it('draws the bars in proportion to the values', async () => {
    const el = await embed('<kz-af-trade lang="fr"></kz-af-trade>');
    const width = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().width;
    const scale = width('.chart .stack');
    expect(width('[part~="bar-kz"]') / scale).to.be.closeTo(316.5 / 330.7, 0.5 / scale);
    expect(width('[part~="bar-af"]') / scale).to.be.closeTo(14.2 / 330.7, 0.5 / scale);
  });

  it('can be loaded twice on one page without error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import(`${bundle}?copy=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    const el = await embed('<kz-af-trade lang="en"></kz-af-trade>');
    expect(el.shadowRoot!.textContent).to.contain(decimal('en', 330.7));
  });
});
