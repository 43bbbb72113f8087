// The React 19 and Vue 3 examples (examples/*/index.html, bundled from the built package) in a
// browser, under the strict CSP: the widget renders with the attributes the framework passes, and
// follows the framework's state when the reader changes it.
import { expect } from '@open-wc/testing';
import en from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';
import { headingLevelOf } from '../helpers.js';
import { headingOf, openFrame, text, until, type Frame } from './frame.js';

for (const [framework, path] of [
  ['React 19', '/examples/react/index.html'],
  ['Vue 3', '/examples/vue/index.html'],
] as const) {
  describe(`the ${framework} example`, () => {
    let page: Frame;

    beforeEach(async () => {
      page = await openFrame(path);
    });

    afterEach(() => page.frame.remove());

    const widget = () => page.document.querySelector('kz-af-trade')!;

    it('renders the widget with the attributes and properties the framework passed', async () => {
      const element = await until(() => widget(), 'the app rendered <kz-af-trade>');
      await until(() => text(headingOf(element)) === fr.title, 'the French title');
      const el = element as HTMLElement & { variant: string; sections: string; theme: string; headingLevel: number };
      expect(el.lang).to.equal('fr');
      expect(el.variant).to.equal('full');
      expect(el.sections).to.equal('trade outlook');
      expect(el.theme).to.equal('light');
      expect(el.getAttribute('heading-level')).to.equal('2');
      expect(el.headingLevel).to.equal(2);
      expect(headingLevelOf(headingOf(el))).to.equal(2);
      const shown = text(el.shadowRoot);
      expect(shown).to.include(fr.outlookHeading);
      expect(shown).not.to.include(fr.miningHeading);
      expect(page.violations).to.deep.equal([]);
    });

    it('follows the framework state: edition and variant', async () => {
      const element = await until(() => widget(), 'the app rendered <kz-af-trade>');
      await until(() => text(headingOf(element)) === fr.title, 'the French title');

      const select = page.document.querySelector<HTMLSelectElement>('select[name="lang"]')!;
      select.value = 'en';
      select.dispatchEvent(new page.window.Event('change', { bubbles: true }));
      await until(() => text(headingOf(element)) === en.title, 'the English title after choosing English');
      expect(element.lang).to.equal('en');

      expect(text(element.shadowRoot)).to.include(en.outlookHeading);
      page.document.querySelector<HTMLInputElement>('input[name="compact"]')!.click();
      await until(() => (element as HTMLElement & { variant: string }).variant === 'compact', 'variant compact');
      await until(() => !text(element.shadowRoot).includes(en.outlookHeading), 'the compact variant drops the outlook');
      expect(page.violations).to.deep.equal([]);
    });
  });
}
