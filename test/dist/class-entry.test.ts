// The npm package's class entry, `kz-af-trade/kz-af-trade.component.js` (dist/esm/): importing it
// defines no tag, and the class registers under another name, or extended, and renders there.
import { expect } from '@open-wc/testing';
import en from '../../src/locales/en.js';
import { headingOf, loadFrame, until } from '../examples/frame.js';

const entry = new URL('../../dist/esm/kz-af-trade.component.js', import.meta.url).href;

describe('the class entry (no tag defined)', () => {
  it('defines nothing on import; the class renders under a newsroom’s own name, extended', async () => {
    const frame = await loadFrame({
      srcdoc: `<!doctype html><body><newsroom-trade-box lang="en"></newsroom-trade-box>
        <script type="module">
          const { KzAfTrade } = await import(${JSON.stringify(entry)});
          window.definedOnImport = customElements.get('kz-af-trade') !== undefined;
          customElements.define('newsroom-trade-box', class extends KzAfTrade {});
        </script>`,
    });
    const win = frame.contentWindow as Window & typeof globalThis & { definedOnImport?: boolean };
    await win.customElements.whenDefined('newsroom-trade-box');
    expect(win.definedOnImport, 'importing the class defines <kz-af-trade>').to.equal(false);
    const box = frame.contentDocument!.querySelector('newsroom-trade-box')!;
    const heading = await until(() => headingOf(box), 'the heading');
    expect(heading.textContent!.trim()).to.equal(en.title);
    frame.remove();
  });
});
