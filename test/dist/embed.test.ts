// The pre-rendered embeds of dist/embed/ (scripts/prerender.mjs): declarative shadow DOM that
// shows every fact with no script at all, hydrates without re-creating a node, and the iframe
// page that tells its parent how tall it is.
import { expect } from '@open-wc/testing';
import { deriveTrade, trade } from '../../src/data/facts.js';
import { locales } from '../../src/locales/index.js';
import { loadFrame, until } from '../examples/frame.js';
import { editions } from './editions.js';
import { countIntl } from './intl-setups.js';

const dist = new URL('../../dist/', import.meta.url);
const fetchText = async (path: string) => (await fetch(new URL(path, dist))).text();
// layout white space only: the no-break spaces of the editions' typography are text
const fold = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `pattern` (with \u0000 for the number) and `value` in Latin, Arabic-Indic or Afghan digits, any decimal sign. */
const figure = (pattern: string, value: number) => {
  const number = [...String(value)]
    .map((c) =>
      c === '.' ? '[.,\u066b]' : `[${c}${String.fromCharCode(0x660 + Number(c))}${String.fromCharCode(0x6f0 + Number(c))}]`,
    )
    .join('');
  return new RegExp(escape(pattern).replace('\u0000', number).replace(/\s/g, '\\s'));
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('pre-rendered embeds (dist/embed/)', () => {
  afterEach(() => document.body.replaceChildren());

  describe('with JavaScript off', () => {
    for (const locale of locales) {
      for (const variant of ['full', 'compact']) {
        it(`${locale}-${variant}.html shows every trade figure and the bars`, async () => {
          const snippet = await fetchText(`embed/${locale}-${variant}.html`);
          // sandbox without allow-scripts: no script of the snippet runs; allow-same-origin lets the test read it
          const iframe = await loadFrame({
            sandbox: 'allow-same-origin',
            // (its script tag is relative to dist/embed/, not to this page: left out, it would only 404)
            srcdoc: `<!doctype html><html><body>${snippet.replace(/<script type="module"[^]*$/, '')}</body></html>`,
          });
          const win = iframe.contentWindow as Window & typeof globalThis;
          expect(win.customElements.get('kz-af-trade'), 'no script ran').to.equal(undefined);
          const el = iframe.contentDocument!.querySelector('kz-af-trade')!;
          const root = el.shadowRoot!;
          expect(root, 'declarative shadow root attached by the parser').to.exist;

          const messages = editions[locale];
          const text = fold(root.textContent!);
          // Each figure in the edition's words. The snippet was formatted by Node's Intl at build
          // time, which has data for every edition; a browser may lack some (Debian's Chromium
          // has no Kazakh or Pashto), so digits and decimal sign may be any the edition can use.
          const { afExportsMillionUsd: af } = deriveTrade(trade);
          for (const value of [trade.totalMillionUsd, trade.kzExportsMillionUsd, af]) {
            expect(text).to.match(figure(messages.millionUsd('\u0000'), value));
          }
          expect(text).to.contain(messages.title);
          expect(text).to.contain(messages.speaker);

          // The bar is drawn by CSS alone: each part's width is value / total of the whole bar.
          const width = (selector: string) => root.querySelector(selector)!.getBoundingClientRect().width;
          const bar = width('.stack');
          expect(bar).to.be.greaterThan(50);
          expect(width('[part~="bar-kz"]') / bar).to.be.closeTo(trade.kzExportsMillionUsd / trade.totalMillionUsd, 0.01);
          expect(width('[part~="bar-af"]') / bar).to.be.closeTo(af / trade.totalMillionUsd, 0.01);

          // Provenance for machines, in light DOM.
          const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
          expect(ld['@type']).to.equal('Dataset');
          expect(ld.temporalCoverage).to.equal('2022-01/2022-08');
          expect(ld.datePublished).to.equal('2022-10-22');
          expect(ld.variableMeasured.map((v: { value: number }) => v.value)).to.deep.equal([330.7, 316.5, 14.2]);
        });
      }
    }
  });

  describe('where <template> and <script> are stripped (feed readers, newsletters, reader modes)', () => {
    for (const locale of locales) {
      it(`${locale}: the title, the three trade figures and the source line, in the edition’s words; never twice`, async () => {
        const m = editions[locale];
        const snippet = await fetchText(`embed/${locale}-compact.html`);
        const stripped = snippet.replace(/<template[^]*?<\/template>/g, '').replace(/<script[^]*?<\/script>/g, '');
        const iframe = await loadFrame({ sandbox: 'allow-same-origin', srcdoc: `<!doctype html><body>${stripped}` });
        const el = iframe.contentDocument!.querySelector('kz-af-trade')!;
        expect(el.shadowRoot, 'no shadow root without its template').to.equal(null);
        const text = fold((el as HTMLElement).innerText);
        expect(text).to.contain(m.title).and.contain(m.totalLabel).and.contain(m.kzExportsLabel).and.contain(m.afExportsLabel);
        const { afExportsMillionUsd: af } = deriveTrade(trade);
        for (const value of [trade.totalMillionUsd, trade.kzExportsMillionUsd, af])
          expect(text).to.match(figure(m.millionUsdShort('\u0000'), value));
        expect(text).to.contain(m.speaker);
        // the footnote around its arithmetic (written in Node's digits at build time)
        for (const words of m.footnote('\u0000').split('\u0000')) expect(text).to.contain(words);
        iframe.remove();

        // with its template, the card alone shows: the fallback is not rendered, nor read
        const whole = await loadFrame({
          sandbox: 'allow-same-origin',
          srcdoc: `<!doctype html><body>${snippet.replace(/<script type="module"[^]*$/, '')}`,
        });
        const fallback = whole.contentDocument!.querySelector('.kz-af-trade-fallback')!;
        expect(fallback.getClientRects().length, 'the fallback takes no box').to.equal(0);
        expect(fold((whole.contentDocument!.querySelector('kz-af-trade') as HTMLElement).innerText)).to.equal('');
        whole.remove();
      });
    }
  });

  it('each snippet preloads its own edition’s file, beside the script', async () => {
    const chunks = JSON.parse(await fetchText('chunks.json'));
    for (const locale of locales) {
      for (const variant of ['full', 'compact']) {
        const doc = new DOMParser().parseFromString(await fetchText(`embed/${locale}-${variant}.html`), 'text/html');
        const href = doc.querySelector('link[rel="modulepreload"]')!.getAttribute('href')!;
        expect(href, `${locale}-${variant}`).to.equal(`../${chunks['kz-af-trade.hydrate.js'].editions[locale]}`);
        expect((await fetch(new URL(href, new URL('embed/', dist)))).ok, href).to.equal(true);
      }
    }
  });

  describe('hydration', () => {
    it('keeps every node of the pre-rendered shadow DOM, and its size', async () => {
      const snippet = await fetchText('embed/fr-full.html');
      const host = document.createElement('div');
      // the HTML parser (not innerHTML) attaches declarative shadow roots; the script tag is left out
      host.setHTMLUnsafe(snippet.replace(/<script type="module"[^]*$/, ''));
      document.body.append(host);
      const el = host.querySelector('kz-af-trade') as Widget;
      const root = el.shadowRoot!;
      const nodes = (): Node[] => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        const all: Node[] = [];
        while (walker.nextNode()) all.push(walker.currentNode);
        return all;
      };
      const before = nodes();
      const box = el.getBoundingClientRect();
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);

      await import(new URL('kz-af-trade.hydrate.js', dist).href);
      await customElements.whenDefined('kz-af-trade');
      await el.updateComplete;
      window.removeEventListener('error', onError);

      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot).to.equal(root);
      const after = nodes();
      expect(after.length).to.equal(before.length);
      expect(after.every((node, i) => node === before[i]), 'the same nodes, in the same order').to.equal(true);
      const now = el.getBoundingClientRect();
      expect([now.width, now.height]).to.deep.equal([box.width, box.height]);

      // and it is live: "show the data" works after hydration
      const showData = root.querySelector<HTMLButtonElement>('[part~="show-data"]')!;
      showData.click();
      await el.updateComplete;
      expect(root.querySelector('table')!.parentElement!.classList.contains('visually-hidden')).to.equal(false);
    });

    // The hydrating bundle carries every edition's figures as the build wrote them into the
    // snippets: hydration renders the server's very text, with no Intl set-up.
    for (const locale of locales) {
      it(`${locale}: hydrates with no Intl set-up`, async () => {
        const snippet = (await fetchText(`embed/${locale}-full.html`)).replaceAll('="../', `="${dist.href}`);
        const frame = await loadFrame({ srcdoc: `<!doctype html><body>${countIntl}${snippet}` });
        const win = frame.contentWindow as Window & typeof globalThis & { intlSetups: number };
        await until(() => win.customElements.get('kz-af-trade'), 'the hydrating bundle');
        const el = win.document.querySelector('kz-af-trade') as Widget;
        await el.updateComplete;
        expect(el.matches(':state(rendered)'), 'hydrated').to.equal(true);
        expect(win.intlSetups).to.equal(0);
        frame.remove();
      });
    }

    it('hydrates every edition and variant in place, once the element is defined', async () => {
      await import(new URL('kz-af-trade.hydrate.js', dist).href);
      for (const locale of locales) {
        for (const variant of ['full', 'compact']) {
          const snippet = await fetchText(`embed/${locale}-${variant}.html`);
          const host = document.createElement('div');
          host.setHTMLUnsafe(snippet.replace(/<script type="module"[^]*$/, ''));
          const el = host.querySelector('kz-af-trade') as Widget;
          const root = el.shadowRoot!;
          const walk = (): Node[] => {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            const all: Node[] = [];
            while (walker.nextNode()) all.push(walker.currentNode);
            return all;
          };
          const before = walk();
          // the first update is asynchronous: nothing has hydrated yet when append() returns
          document.body.append(host);
          const box = el.getBoundingClientRect();
          await el.updateComplete;
          const after = walk();
          const label = `${locale}-${variant}`;
          expect(el.shadowRoot, label).to.equal(root);
          expect(
            after.length === before.length && after.every((node, i) => node === before[i]),
            `${label}: the same nodes`,
          ).to.equal(true);
          const now = el.getBoundingClientRect();
          expect([now.width, now.height], `${label}: the same size`).to.deep.equal([box.width, box.height]);
          host.remove();
        }
      }
    });
  });

  describe('the JSON-LD', () => {
    /** The snippet's JSON-LD once `check` holds of it (it is rewritten after the render, by code loaded then). */
    const jsonLdOnce = (script: Element, check: (text: string) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const done = () => check(script.textContent!) && (observer.disconnect(), resolve(JSON.parse(script.textContent!)));
        const observer = new MutationObserver(done);
        observer.observe(script, { childList: true, characterData: true, subtree: true });
        done();
      });

    for (const locale of locales)
    it(`${locale}: follows a correction given to the snippet: the figures, a CorrectionComment, the URLs the newsroom gives`, async () => {
      await import(new URL('kz-af-trade.hydrate.js', dist).href);
      const correction = {
        totalMillionUsd: 331.2,
        correctedOn: '2022-11-02',
        correctionNote: 'Le ministère a révisé son chiffre.',
        sourceUrl: 'https://example.org/kz-af-forum-2022',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      };
      const snippet = (await fetchText(`embed/${locale}-compact.html`)).replace(
        /<script type="application\/ld\+json">/,
        `<script type="application/json">${JSON.stringify(correction)}</script>$&`,
      );
      const host = document.createElement('div');
      host.setHTMLUnsafe(snippet.replace(/<script type="module"[^]*$/, ''));
      document.body.append(host);
      const el = host.querySelector('kz-af-trade') as Widget;
      await el.updateComplete;
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const ld = await jsonLdOnce(script, (text) => text.includes('CorrectionComment'));
      expect((ld.variableMeasured as Array<{ value: number }>).map((v) => v.value)).to.deep.equal([331.2, 316.5, 14.7]);
      const comment = ld.correction as { '@type': string; datePublished: string; text: string };
      expect(comment['@type']).to.equal('CorrectionComment');
      expect(comment.datePublished).to.equal('2022-11-02');
      // the correction in the card's words, and the newsroom's note
      expect(comment.text).to.equal(
        fold((el.shadowRoot!.querySelector('[part~="correction"]') as HTMLElement).textContent!),
      );
      expect([ld.dateModified, ld.url, ld.license]).to.deep.equal([
        '2022-11-02',
        correction.sourceUrl,
        correction.license,
      ]);
      expect((ld.isBasedOn as { url: string }).url).to.equal(correction.sourceUrl);
      // what Google's Dataset rules ask for, in the edition's language
      expect(ld.inLanguage).to.equal(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('lang'));
      expect(ld.name).to.equal(editions[locale].title);
      host.remove();
      expect(String(ld.description).length).to.be.within(50, 5000);
    });

    it('is left as the server wrote it when the card shows the shipped facts', async () => {
      await import(new URL('kz-af-trade.hydrate.js', dist).href);
      const snippet = await fetchText('embed/ru-full.html');
      const host = document.createElement('div');
      host.setHTMLUnsafe(snippet.replace(/<script type="module"[^]*$/, ''));
      const written = host.querySelector('script[type="application/ld+json"]')!.textContent;
      document.body.append(host);
      const el = host.querySelector('kz-af-trade') as Widget;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')!.textContent).to.equal(written);
    });
  });

  describe('the iframe page', () => {
    it('posts its height to the parent, in its own and AMP’s format, and again when it changes', async () => {
      const messages: Array<{ type: string; height: number; sentinel?: string }> = [];
      const onMessage = (event: MessageEvent) => {
        if (event.source === document.querySelector('iframe')?.contentWindow) messages.push(event.data);
      };
      window.addEventListener('message', onMessage);
      try {
        const iframe = await loadFrame({ src: new URL('embed/fr.html', dist).href, title: 'fact box' }, 360);
        const widget = iframe.contentDocument!.querySelector('kz-af-trade') as Widget;
        await (iframe.contentWindow as Window & typeof globalThis).customElements.whenDefined('kz-af-trade');
        await widget.updateComplete;
        const heightOf = () => Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
        const lastOwn = () => messages.filter((m) => m.type === 'kz-af-trade:height').at(-1);
        const lastAmp = () => messages.filter((m) => m.sentinel === 'amp' && m.type === 'embed-size').at(-1);
        // Each height arrives as two messages, each its own task: wait for the frame's messages
        // themselves (the listener above has recorded each one before this check runs), not a
        // window of time.
        const posted = (test: () => boolean) =>
          new Promise<void>((resolve) => {
            const check = () => {
              if (!test()) return;
              window.removeEventListener('message', check);
              resolve();
            };
            window.addEventListener('message', check);
            check();
          });
        await posted(() => lastOwn()?.height === heightOf() && lastAmp()?.height === lastOwn()!.height);
        const own = lastOwn()!;
        const amp = lastAmp()!;
        expect(own.height).to.equal(heightOf());
        expect(amp.height).to.equal(own.height);
        expect(own.height).to.be.greaterThan(300);

        // wider frame, shorter widget: a new height
        iframe.style.inlineSize = '1000px';
        await posted(() => lastOwn()!.height < own.height && lastOwn()!.height === heightOf());
        const wide = lastOwn()!;
        expect(wide.height).to.be.lessThan(own.height);
        expect(wide.height).to.equal(heightOf());
      } finally {
        window.removeEventListener('message', onMessage);
      }
    });
  });
});
