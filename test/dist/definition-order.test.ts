// However the bundles arrive on a page: a pre-rendered embed defined by a bundle without Lit's
// hydrate support shows one card, and a synchronous classic script reads the JSON child the
// parser has not reached yet when the element upgrades.
import { expect } from '@open-wc/testing';
import en from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';
import { loadFrame } from '../examples/frame.js';

const dist = new URL('../../dist/', import.meta.url).href;
const fetchText = async (path: string) => (await fetch(new URL(path, dist))).text();
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A page of `body`, in its own realm (its own registry), once every script of it has run and the widget rendered. */
async function page(body: string) {
  const frame = await loadFrame({ srcdoc: `<!doctype html><html><body>${body}</body></html>` }, 720, 1400);
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('kz-af-trade');
  const el = frame.contentDocument!.querySelector('kz-af-trade') as Widget;
  await el.updateComplete;
  return { frame, el };
}

describe('a pre-rendered embed, whichever bundle defines the element first', () => {
  for (const [first, script] of [
    ['kz-af-trade.js', `<script type="module" src="${dist}kz-af-trade.js"></script>`],
    ['the classic kz-af-trade.iife.js', `<script src="${dist}kz-af-trade.iife.js"></script>`],
  ]) {
    it(`shows one card when ${first} defines it before kz-af-trade.hydrate.js`, async () => {
      const snippet = (await fetchText('embed/fr-full.html')).replace(/<script type="module"[^]*$/, '');
      const alone = await page(`${snippet}<script type="module" src="${dist}kz-af-trade.hydrate.js"></script>`);
      const height = alone.el.getBoundingClientRect().height;
      alone.frame.remove();

      const { frame, el } = await page(
        `${snippet}${script}<script type="module" src="${dist}kz-af-trade.hydrate.js"></script>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="heading"]')).to.have.length(1);
      expect(root.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(fr.title);
      expect(el.getBoundingClientRect().height).to.be.closeTo(height, 2);
      frame.remove();
    });
  }
});

describe('a pre-rendered embed whose state differs from its markup by the time it hydrates', () => {
  it('shows a publisher correction given as its JSON child', async () => {
    const correction = JSON.stringify({ totalMillionUsd: 400, kzExportsMillionUsd: 390, correctedOn: '2022-11-02' });
    const snippet = (await fetchText('embed/fr-full.html'))
      .replace(/<script type="module"[^]*$/, '')
      .replace('</kz-af-trade>', `<script type="application/json">${correction}</script></kz-af-trade>`);
    const { frame, el } = await page(`${snippet}<script type="module" src="${dist}kz-af-trade.hydrate.js"></script>`);
    const root = el.shadowRoot!;
    // the corrected figure, with the mark that cites its source
    expect(root.querySelector('.headline-value')!.textContent!.trim()).to.equal(
      `${fr.millionUsdShort(new Intl.NumberFormat('fr').format(400))}†`,
    );
    expect(root.querySelectorAll('[part~="heading"]')).to.have.length(1);
    // and it is live afterwards
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(en.title);
    frame.remove();
  });

  it('shows the language set before the script ran', async () => {
    const snippet = (await fetchText('embed/fr-full.html'))
      .replace(/<script type="module"[^]*$/, '')
      .replace('<kz-af-trade lang="fr"', '<kz-af-trade lang="en"');
    const { frame, el } = await page(`${snippet}<script type="module" src="${dist}kz-af-trade.hydrate.js"></script>`);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(en.title);
    expect(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('lang')).to.equal('en');
    frame.remove();
  });
});

describe('the classic script loaded synchronously, before the element', () => {
  it('reads the JSON child the parser adds after the element upgraded', async () => {
    const correction = JSON.stringify({ totalMillionUsd: 400, kzExportsMillionUsd: 390, correctedOn: '2022-11-02' });
    const { frame, el } = await page(
      `<script src="${dist}kz-af-trade.iife.js"></script>` +
        `<kz-af-trade lang="en"><script type="application/json">${correction}</script></kz-af-trade>`,
    );
    const headline = el.shadowRoot!.querySelector('.headline-value')!.textContent!.trim();
    expect(headline).to.equal(`${en.millionUsdShort(new Intl.NumberFormat('en').format(400))}†`);
    frame.remove();
  });
});
