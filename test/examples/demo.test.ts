// demo/index.html as a reader at 1280 px sees it: the inline box adds to the article, it does not
// repeat it. No figure the box shows is also in the article's text within one 900 px screen of it.
import { expect } from '@open-wc/testing';
import { deriveTrade, flourWheatVolumeShareLowerBound, shippedFacts } from '../../src/data/facts.js';
import { createFormatters } from '../../src/intl-format.js';
import fr from '../../src/locales/fr.js';
import { intlSettings } from '../../src/locales/index.js';
import { loadFrame, until } from './frame.js';

const viewport = { width: 1280, height: 900 };

/** Where each visible occurrence of `figure` is, as the top of its text's box, in `root`'s text. */
function tops(root: Node, figure: string, visible: (node: Text) => boolean): number[] {
  const found: number[] = [];
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!visible(node)) continue;
    const text = node.data.replace(/\s/g, ' ');
    for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
      const range = node.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + figure.length);
      found.push(range.getBoundingClientRect().top);
    }
  }
  return found;
}

describe('the demo article at 1280 px', () => {
  it('shows no figure twice in one screen: the box adds what the text does not say', async () => {
    const frame = await loadFrame({ src: '/demo/index.html' }, viewport.width, viewport.height);
    const page = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('kz-af-trade');
    const box = page.querySelector('.story-body kz-af-trade')!;
    await (box as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    const shadow = await until(() => box.shadowRoot?.querySelector('[part~="card"]') && box.shadowRoot, 'the box');
    const f = createFormatters(intlSettings.fr, fr.calendar);
    const { trade } = shippedFacts;
    const figures = [
      f.decimal(trade.totalMillionUsd),
      f.decimal(trade.kzExportsMillionUsd),
      f.decimal(deriveTrade(trade).afExportsMillionUsd),
      f.percent(flourWheatVolumeShareLowerBound),
    ].map((figure) => figure.replace(/\s/g, ' '));
    const inArticle = (node: Text) => !node.parentElement!.closest('script, kz-af-trade');
    // what a sighted reader sees of the box: not the text kept for screen readers
    const inBox = (node: Text) => !node.parentElement!.closest('.visually-hidden');
    let shared = 0;
    for (const figure of figures) {
      const article = tops(page.querySelector('.story-body')!, figure, inArticle);
      for (const top of tops(shadow, figure, inBox)) {
        for (const other of article) {
          shared++;
          expect(Math.abs(top - other), `“${figure}” in the box and in the text`).to.be.above(viewport.height);
        }
      }
    }
    // the check had something to check: the box's figures are the article's
    expect(shared, 'figures both in the box and in the text').to.be.at.least(2);
    frame.remove();
  });
});
