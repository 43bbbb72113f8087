// Pinned bytes: dist/sri.json (written last by `npm run build`, scripts/sri.mjs) holds the sha384
// of every file in dist/. The browser recomputes each one with Web Crypto, and shows that the
// README's embed, <script type="module" integrity="…" crossorigin="anonymous">, runs the bundle
// with the right hash and refuses it with a wrong one.
import { expect } from '@open-wc/testing';

const dist = new URL('../../dist/', import.meta.url);
const entry = 'kz-af-trade.js';

async function sha384(bytes: ArrayBuffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Loads `src` as the README's snippet does; resolves 'load' or 'error'. */
function embed(src: string, integrity: string): Promise<string> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.addEventListener('load', () => resolve('load'));
    script.addEventListener('error', () => resolve('error'));
    script.src = src;
    document.head.append(script);
  });
}

describe('dist/sri.json: Subresource Integrity for every built file', () => {
  let manifest: Record<string, string>;
  before(async () => {
    manifest = await (await fetch(new URL('sri.json', dist))).json();
  });

  it('lists the bundle, its edition chunks and the npm modules', () => {
    const paths = Object.keys(manifest);
    expect(paths).to.include(entry);
    for (const lang of ['fr', 'ru', 'kk', 'fa', 'ps']) {
      expect(paths.some((path) => new RegExp(`^kz-af-trade-${lang}-[\\w-]+\\.js$`).test(path)), lang).to.equal(true);
    }
    expect(paths).to.include('esm/index.js');
    expect(paths).not.to.include('sri.json');
    for (const hash of Object.values(manifest)) expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  // The CDN files, which the test server sends untouched (it rewrites the npm modules' bare
  // imports and compiles .d.ts); `npm test` checks every file on disk (scripts/sri.mjs --check).
  it('each CDN file’s hash is the sha384 of its bytes', async function () {
    this.timeout(30_000);
    const wrong: string[] = [];
    const cdnFiles = Object.entries(manifest).filter(([path]) => /^kz-af-trade[\w.-]*\.js$/.test(path));
    expect(cdnFiles.length).to.be.greaterThan(5);
    for (const [path, hash] of cdnFiles) {
      const response = await fetch(new URL(path, dist), { cache: 'no-store' });
      expect(response.ok, path).to.equal(true);
      if ((await sha384(await response.arrayBuffer())) !== hash) wrong.push(path);
    }
    expect(wrong).to.deep.equal([]);
  });

  it('a wrong integrity keeps the bundle from running; the right one runs it', async () => {
    const src = new URL(entry, dist).href;
    const tampered = `sha384-${'A'.repeat(64)}`;
    expect(await embed(`${src}?tampered`, tampered)).to.equal('error');
    expect(customElements.get('kz-af-trade')).to.equal(undefined);
    expect(await embed(src, manifest[entry])).to.equal('load');
    expect(customElements.get('kz-af-trade')).not.to.equal(undefined);
  });
});
