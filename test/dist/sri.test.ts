// Pinned bytes: dist/sri.json (written last by `npm run build`, scripts/sri.mjs) holds the sha384
// of every file in dist/. The browser recomputes each one with Web Crypto, and shows that the
// README's embed, <script type="module" integrity="…" crossorigin="anonymous">, runs the bundle
// with the right hash and refuses it with a wrong one.
import { expect } from '@open-wc/testing';
import { loadFrame, until } from '../examples/frame.js';

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
    expect(paths).to.include('kz-af-trade.iife.js');
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

  // An integrity attribute covers the one file it is on, not the modules that file imports.
  // <link rel="modulepreload" integrity="…"> pins an imported chunk in Chromium and Firefox (a
  // module is fetched once per page, so the import gets the checked copy or fails); WebKit
  // ignores the integrity of a modulepreload. Hence the README's advice: to pin every byte in
  // every engine, use the one-file classic build, kz-af-trade.iife.js. This test keeps that
  // advice true: it fails the day WebKit starts enforcing it.
  const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent);
  it(`a modulepreload with integrity ${webkit ? 'does not pin (WebKit)' : 'pins'} a chunk the bundle imports`, async () => {
    const chunk = (lang: string) => Object.keys(manifest).find((path) => path.startsWith(`kz-af-trade-${lang}-`))!;
    const preload = (path: string, integrity: string) =>
      new Promise((resolve) => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.integrity = integrity;
        link.crossOrigin = 'anonymous';
        link.addEventListener('load', () => resolve('load'));
        link.addEventListener('error', () => resolve('error'));
        link.href = new URL(path, dist).href;
        document.head.append(link);
      });
    const imports = (path: string) =>
      import(new URL(path, dist).href).then(
        () => 'imported',
        () => 'refused',
      );
    const tampered = [await preload(chunk('ru'), `sha384-${'A'.repeat(64)}`), await imports(chunk('ru'))];
    const pinned = [await preload(chunk('kk'), manifest[chunk('kk')]), await imports(chunk('kk'))];
    expect({ tampered, pinned }).to.deep.equal({
      tampered: webkit ? ['load', 'imported'] : ['error', 'refused'],
      pinned: ['load', 'imported'],
    });
  });
});

// An import map's `integrity` pins the modules a file imports on demand, by URL, in every engine
// that supports it: the configurator writes one for every file the chosen bundle may load.
describe('an import map with integrity', () => {
  async function importIn(path: string, integrity: string) {
    const url = new URL(path, dist).href;
    const frame = await loadFrame({
      srcdoc: `<!doctype html><script type="importmap">${JSON.stringify({ integrity: { [url]: integrity } })}</script>
        <script type="module">import(${JSON.stringify(url)}).then(() => (window.result = 'imported'), () => (window.result = 'refused'));</script>`,
    });
    const win = frame.contentWindow as Window & { result?: string };
    const result = await until(() => win.result, 'the import');
    frame.remove();
    return result;
  }

  it('refuses an on-demand chunk whose bytes differ, imports the right one', async () => {
    const manifest: Record<string, string> = await (await fetch(new URL('sri.json', dist))).json();
    const chunk = Object.keys(manifest).find((path) => path.startsWith('kz-af-trade-ps-'))!;
    expect({
      tampered: await importIn(chunk, `sha384-${'A'.repeat(64)}`),
      pinned: await importIn(chunk, manifest[chunk]),
    }).to.deep.equal({ tampered: 'refused', pinned: 'imported' });
  });
});
