// dist/kz-af-trade.<lang>.js: one file per edition, its words inside. The facts are there in the
// first task after the one that ran the file (the element rendered in the task that defined it,
// before any frame), and no other file of the widget was requested.
import { expect } from '@open-wc/testing';
import { locales, type Locale } from '../../src/locales/index.js';
import { loadFrame, until } from '../examples/frame.js';
import { editions } from './editions.js';

const file = (name: string) => new URL(`../../dist/${name}`, import.meta.url).href;

interface Probe {
  /** The heading's text in the first task after the file ran. */
  headingAtOnce?: string;
}

async function embed(edition: Locale, lang: Locale) {
  const frame = await loadFrame({
    srcdoc: `<!doctype html><html lang="${lang}"><body><p>Before</p><kz-af-trade></kz-af-trade><p>After</p>
      <script type="module" src="${file(`kz-af-trade.${edition}.js`)}"></script>
      <script type="module">
        // a task queued now runs after the defining task's microtasks (WebKit may run this script
        // before them), and before any network response for a second file
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = () => (window.probe = { headingAtOnce: document.querySelector('kz-af-trade').shadowRoot
          ?.querySelector('[part~="heading"]')?.textContent.trim() });
        port2.postMessage(0);
      </script>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis & { probe?: Probe };
  await until(() => win.probe, 'the probe script');
  const requested = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop()!)
    .filter((name) => name.startsWith('kz-af-trade'));
  return { frame, win, probe: win.probe!, requested };
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

  it('loads another edition on demand when the page asks for one it does not hold', async () => {
    const { frame, win, probe } = await embed('fr', 'ru');
    expect(probe.headingAtOnce, 'no French flash before the Russian words').to.not.equal(editions.fr.title);
    const widget = win.document.querySelector('kz-af-trade')!;
    const heading = await until(() => widget.shadowRoot?.querySelector('[part~="heading"]'), 'the Russian heading');
    expect(heading.textContent!.trim()).to.equal(editions.ru.title);
    frame.remove();
  });
});
