// dist/kz-af-trade.<lang>.js: one file per edition, its words inside. The facts are there in the
// first task after the one that ran the file (the element rendered in the task that defined it,
// before any frame), and no other file of the widget was requested.
import { expect } from '@open-wc/testing';
import { locales, type Locale } from '../../src/locales/index.js';
import { headingOf, loadFrame, text, until } from '../examples/frame.js';
import { editions } from './editions.js';
import { countIntl } from './intl-setups.js';

const file = (name: string) => new URL(`../../dist/${name}`, import.meta.url).href;

interface Probe {
  /** The heading's text in the first task after the file ran. */
  headingAtOnce?: string;
}

async function embed(
  edition: Locale,
  lang: Locale,
  { variant = 'full', bundle = `kz-af-trade.${edition}.js`, child = '' } = {},
) {
  const frame = await loadFrame({
    srcdoc: `<!doctype html><html lang="${lang}"><body>${countIntl}<p>Before</p><kz-af-trade variant="${variant}">${child}</kz-af-trade><p>After</p>
      <script type="module" src="${file(bundle)}"></script>
      <script type="module">
        // a task queued now runs after the defining task's microtasks (WebKit may run this script
        // before them), and before any network response for a second file
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = () => (window.probe = { headingAtOnce: document.querySelector('kz-af-trade').shadowRoot
          ?.querySelector('[part~="heading"]')?.textContent.trim() });
        port2.postMessage(0);
      </script>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis & { probe?: Probe; intlSetups: number };
  /** The widget's files loaded so far, by name. */
  const widgetFiles = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop()!)
      .filter((name) => name.startsWith('kz-af-trade'));
  await until(() => win.probe, 'the probe script');
  const requested = widgetFiles();
  const widget = win.document.querySelector('kz-af-trade')!;
  await until(() => headingOf(widget), 'the heading');
  // what loaded by the time the facts showed: a file the render waited for is among them
  const loaded = widgetFiles();
  return {
    frame,
    win,
    probe: win.probe!,
    requested,
    loaded,
    intlSetups: win.intlSetups,
    shown: text(widget.shadowRoot),
  };
}

describe('one file per edition', () => {
  for (const edition of locales) {
    it(`kz-af-trade.${edition}.js shows the ${edition} facts in the task that defines the element, from one request`, async () => {
      const { frame, probe, requested } = await embed(edition, edition);
      expect(probe.headingAtOnce).to.equal(editions[edition].title);
      expect(requested).to.deep.equal([`kz-af-trade.${edition}.js`]);
      frame.remove();
    });
  }

  for (const edition of locales) {
    for (const variant of ['full', 'compact']) {
      it(`kz-af-trade.${edition}.js, ${variant}: its figures are formatted at build time, so the first render sets up no Intl`, async () => {
        const { frame, intlSetups } = await embed(edition, edition, { variant });
        expect(intlSetups).to.equal(0);
        frame.remove();
      });
    }
  }

  // Where the browser has the edition's own Intl data, the build's figures are the browser's.
  for (const edition of ['fr', 'en', 'ru'] as const) {
    it(`kz-af-trade.${edition}.js shows the very text the generic bundle formats with Intl`, async () => {
      const one = await embed(edition, edition);
      const generic = await embed(edition, edition, { bundle: 'kz-af-trade.js' });
      expect(generic.intlSetups, 'the generic bundle formats them in the browser').to.be.above(0);
      expect(one.shown).to.equal(generic.shown);
      one.frame.remove();
      generic.frame.remove();
    });
  }

  it('two embeds of two editions on one page: the first file defines the element, both show their own words', async () => {
    const frame = await loadFrame({
      srcdoc: `<!doctype html><html lang="fr"><body>
        <kz-af-trade id="fr"></kz-af-trade><script type="module" src="${file('kz-af-trade.fr.js')}"></script>
        <kz-af-trade id="en" lang="en"></kz-af-trade><script type="module" src="${file('kz-af-trade.en.js')}"></script>`,
    });
    const doc = frame.contentDocument!;
    for (const [id, title] of [
      ['fr', editions.fr.title],
      ['en', editions.en.title],
    ]) {
      const widget = doc.getElementById(id)!;
      const heading = await until(() => headingOf(widget), `the ${id} heading`);
      expect(heading.textContent!.trim()).to.equal(title);
    }
    frame.remove();
  });

  it('loads another edition on demand when the page asks for one it does not hold, with the code for its figures', async () => {
    const { frame, win, probe, loaded, shown } = await embed('fr', 'ru');
    expect(probe.headingAtOnce, 'no French flash before the Russian words').to.not.equal(editions.fr.title);
    const widget = win.document.querySelector('kz-af-trade')!;
    const heading = await until(() => headingOf(widget), 'the Russian heading');
    expect(heading.textContent!.trim()).to.equal(editions.ru.title);
    // its figures are Intl's, whose code came with its words: the very text of the Russian file
    expect(loaded.some((name) => name.startsWith('kz-af-trade-intl-format-'))).to.be.true;
    const ru = await embed('ru', 'ru');
    expect(shown).to.equal(ru.shown);
    frame.remove();
    ru.frame.remove();
  });

  // A correction's figures were written by no build: Intl's code loads with the code that checks it.
  const correction = JSON.stringify({ totalMillionUsd: 331.2, correctedOn: '2022-11-02' });
  for (const edition of ['fr', 'fa'] as const) {
    it(`kz-af-trade.${edition}.js shows a correction's figures as the generic bundle writes them`, async () => {
      const child = `<script type="application/json">${correction}</script>`;
      const one = await embed(edition, edition, { child });
      const generic = await embed(edition, edition, { child, bundle: 'kz-af-trade.js' });
      expect(one.loaded.some((name) => name.startsWith('kz-af-trade-intl-format-'))).to.be.true;
      expect(one.shown, 'the corrected total').to.contain(generic.shown.match(/331[.,٫]2|۳۳۱٫۲/)![0]);
      expect(one.shown).to.equal(generic.shown);
      one.frame.remove();
      generic.frame.remove();
    });
  }
});
