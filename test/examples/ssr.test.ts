// The server-rendering recipe (examples/ssr/server.mjs): a newsroom's own Node server renders the
// element with Lit's SSR from the packed npm package, and the browser hydrates it.
import { expect } from '@open-wc/testing';
import fa from '../../src/locales/fa.js';
import fr from '../../src/locales/fr.js';
import ru from '../../src/locales/ru.js';
import { decimal } from '../helpers.js';
import { headingOf, loadFrame, openFrame, text } from './frame.js';

describe('rendered on a newsroom’s own server with Lit SSR, from the npm package', () => {
  for (const [lang, m] of [
    ['fr', fr],
    ['fa', fa],
  ] as const) {
    it(`shows every fact before any script runs ("${lang}")`, async () => {
      // sandboxed without allow-scripts: only what the server wrote
      const frame = await loadFrame({ src: `/examples/ssr/dist/${lang}.html`, sandbox: 'allow-same-origin' });
      const widget = frame.contentDocument!.querySelector('kz-af-trade')!;
      const shown = text(widget.shadowRoot);
      expect(text(headingOf(widget))).to.equal(m.title);
      expect(shown).to.contain(m.sourceLine(m.source(m.speaker, '')).slice(0, 20));
      expect(widget.shadowRoot!.querySelectorAll('[part~="bar"]')).to.have.length(2);
      expect(widget.shadowRoot!.querySelectorAll('[part~="bound"]')).to.have.length(1);
      expect(widget.shadowRoot!.querySelector('.headline-value')!.textContent).to.contain(
        m.millionUsdShort(
          new Intl.NumberFormat(lang === 'fa' ? 'fa-AF' : lang, {
            numberingSystem: lang === 'fa' ? 'arabext' : undefined,
            maximumFractionDigits: 1,
          }).format(330.7),
        ),
      );
      frame.remove();
    });
  }

  it('hydrates into one live card that follows its attributes', async () => {
    const page = await openFrame('/examples/ssr/dist/fr.html');
    const widget = page.document.querySelector('kz-af-trade') as HTMLElement & { updateComplete: Promise<boolean> };
    // Hydrated: the first update done, however slow the machine. Without this wait the change
    // below would land before hydration on a loaded machine and after it on an idle one; a
    // language set before hydration is test/dist/definition-order.test.ts's case.
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
    expect(text(headingOf(widget))).to.equal(fr.title);
    widget.setAttribute('lang', 'ru');
    // the render of that change, edition loaded (the element's update waits for it)
    await widget.updateComplete;
    expect(text(headingOf(widget)), 'the Russian edition after lang="ru"').to.equal(ru.title);
    expect(widget.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
    expect(widget.shadowRoot!.querySelector('.headline-value')!.textContent).to.contain(decimal('ru', 330.7));
    expect(page.violations).to.deep.equal([]);
    page.frame.remove();
  });
});
