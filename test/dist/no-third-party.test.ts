// What the shipped bundle asks of the network and of the reader's browser: nothing but its own
// files. Every resource the page loads while the widget is imported and rendered in all six
// editions is checked (Resource Timing, which sees modules, fonts, images, beacons alike), and
// so are the APIs a tracker would use and the places it would write.
import { expect } from '@open-wc/testing';

const bundle = new URL('../../dist/kz-af-trade.js', import.meta.url);
// the bundle and its edition chunks (kz-af-trade-fr-<hash>.js …), from the same origin
const ownFile = /^\/dist\/kz-af-trade(-[\w-]+)?\.js$/;

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const editions = ['fr', 'en', 'ru', 'kk', 'fa', 'ps'] as const;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

interface Snapshot {
  cookie: string;
  local: string[];
  session: string[];
  databases: string[];
  caches: string[];
}

async function storage(): Promise<Snapshot> {
  const keys = (store: Storage) => Array.from({ length: store.length }, (_, i) => store.key(i)!);
  return {
    cookie: document.cookie,
    local: keys(localStorage),
    session: keys(sessionStorage),
    databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name ?? '') : [],
    caches: 'caches' in window ? await caches.keys() : [],
  };
}

describe('no third party: the bundle in six editions', () => {
  const requested: PerformanceResourceTiming[] = [];
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  let observer: PerformanceObserver;
  let initial: Snapshot;
  let fontsBefore: number;
  const widgets: Widget[] = [];

  /** Replaces `owner[name]` with a recorder that still calls the original. */
  function spy(owner: object, name: string) {
    const target = owner as Record<string, unknown>;
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name}(${String(args[0]).slice(0, 80)})`);
      return new.target ? Reflect.construct(original, args, new.target) : Reflect.apply(original, this, args);
    };
    restore.push(() => (target[name] = original));
  }

  before(async () => {
    performance.setResourceTimingBufferSize?.(10_000);
    const start = performance.now();
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (entry.startTime >= start) requested.push(entry);
      }
    });
    observer.observe({ type: 'resource', buffered: true });
    initial = await storage();
    fontsBefore = document.fonts.size;
    spy(window, 'fetch');
    spy(window, 'XMLHttpRequest');
    spy(window, 'WebSocket');
    spy(window, 'EventSource');
    spy(window, 'Image');
    spy(navigator, 'sendBeacon');

    await import(bundle.href);
    // every edition, both variants, both views, painted
    for (const lang of editions) {
      for (const variant of ['full', 'compact']) {
        const el = document.createElement('kz-af-trade') as Widget;
        el.setAttribute('lang', lang);
        el.setAttribute('variant', variant);
        document.body.append(el);
        await el.updateComplete;
        widgets.push(el);
      }
    }
    for (const el of widgets) {
      for (const button of [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"]')].reverse()) {
        button.click();
        await el.updateComplete;
      }
    }
    await frame();
    await frame();
    await document.fonts.ready;
    // resource entries are queued to observers; give them a moment to arrive
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.startTime >= start && !requested.includes(entry)) requested.push(entry);
    }
  });

  after(() => {
    observer.disconnect();
    restore.forEach((undo) => undo());
    widgets.forEach((el) => el.remove());
  });

  it('rendered every edition', () => {
    expect(widgets).to.have.length(12);
    for (const el of widgets) expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).not.to.equal('');
  });

  it('loads only its own files, from the page’s origin', () => {
    const foreign = requested
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin !== location.origin || !ownFile.test(url.pathname))
      .map((url) => url.href);
    expect(foreign).to.deep.equal([]);
  });

  // positive control: the observer does see the widget's own module loads
  it('the record includes the bundle and the five edition chunks it loaded', () => {
    const paths = new Set(requested.map((entry) => new URL(entry.name).pathname));
    expect(paths).to.include(bundle.pathname);
    for (const lang of editions.filter((l) => l !== 'en')) {
      expect([...paths].some((path) => path.startsWith(`/dist/kz-af-trade-${lang}-`)), lang).to.equal(true);
    }
  });

  it('calls no network API (fetch, XHR, WebSocket, EventSource, sendBeacon, new Image)', () => {
    expect(calls).to.deep.equal([]);
  });

  it('loads no font and no image', () => {
    expect(document.fonts.size).to.equal(fontsBefore);
    for (const el of widgets) expect(el.shadowRoot!.querySelectorAll('img, image, link, iframe, object, embed')).to.have.length(0);
  });

  it('writes no cookie, localStorage, sessionStorage, IndexedDB or Cache Storage', async () => {
    expect(await storage()).to.deep.equal(initial);
  });
});
