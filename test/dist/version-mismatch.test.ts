// A page that already runs another release of the widget, then loads this bundle.
import { expect } from '@open-wc/testing';
import { collectWarnings } from '../helpers.js';

const bundle = new URL('../../dist/kz-af-trade.js', import.meta.url).href;

describe('a second copy of another version', () => {
  it('keeps the first definition, never throws, and warns once', async () => {
    class OlderRelease extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('kz-af-trade', OlderRelease);
    const pkg = await (await fetch(new URL('../../package.json', import.meta.url))).json();
    const warnings = await collectWarnings(() => import(bundle));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`version ${pkg.version}`).and.contain('version 0.0.1');
    expect(customElements.get('kz-af-trade')).to.equal(OlderRelease);
  });
});
