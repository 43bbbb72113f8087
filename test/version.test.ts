import { expect } from '@open-wc/testing';
import { KzAfTrade } from '../src/kz-af-trade.js';
import { version } from '../src/version.js';

describe('version', () => {
  it('matches package.json, so a double load can tell two releases apart', async () => {
    const pkg = await (await fetch(new URL('../package.json', import.meta.url))).json();
    expect(version).to.equal(pkg.version);
    expect(KzAfTrade.version).to.equal(pkg.version);
  });
});
