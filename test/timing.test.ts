import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import ru from '../src/locales/ru.js';
import { decimal, render, shadow, textOf } from './helpers.js';

/** The headline figure as shown, without the mark that cites its source. */
const headline = (el: KzAfTrade) => textOf(shadow(el).querySelector('.headline-value')!).replace(/†$/, '');
const title = (el: KzAfTrade) => textOf(shadow(el).querySelector('[part~="heading"]')!);
const correction = (total: number) => ({
  totalMillionUsd: total,
  kzExportsMillionUsd: total - 10,
  correctedOn: '2022-11-02',
});
/** A task later: whatever a page scheduled with `setTimeout` before this has run. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('data set before the element is defined', () => {
  it('is shown, as README’s inline snippet sets it', async () => {
    // An element of a document without a browsing context stays undefined until it joins this one.
    const el = document.implementation.createHTMLDocument('').createElement('kz-af-trade') as KzAfTrade;
    el.setAttribute('lang', 'en');
    el.data = correction(400);
    expect(el instanceof customElements.get('kz-af-trade')!).to.equal(false);
    document.body.append(el);
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 400)));
    expect(el.data).to.deep.equal(correction(400));
    el.remove();
  });
});

describe('a change while a correction is being checked', () => {
  it('a second correction replaces the first, as soon as the page sets it', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.data = correction(400);
    setTimeout(() => (el.data = correction(500)));
    await nextTask();
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 500)));
  });

  it('a second correction set in the same task as the check started wins too', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.data = correction(400);
    await Promise.resolve(); // the check of 400 is under way
    el.data = correction(500);
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 500)));
  });

  it('a language change is applied', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    el.data = correction(400);
    await Promise.resolve();
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(title(el)).to.equal(fr.title);
    expect(headline(el)).to.equal(fr.millionUsdShort(decimal('fr', 400)));
  });

  it('a page language switch during the first check leaves the facts on screen, in the new language', async () => {
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    const el = document.createElement('kz-af-trade');
    el.innerHTML = `<script type="application/json">${JSON.stringify(correction(400))}</script>`;
    document.body.append(el);
    await Promise.resolve();
    root.setAttribute('lang', 'ru');
    try {
      await el.updateComplete;
      await nextTask(); // the language observer's record
      await el.updateComplete;
      expect(title(el)).to.equal(ru.title);
      expect(headline(el)).to.equal(ru.millionUsdShort(decimal('ru', 400)));
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    } finally {
      if (pageLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', pageLang);
      el.remove();
    }
  });
});

describe('a JSON child added, edited or removed after the element connected', () => {
  it('is followed', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(correction(400));
    el.append(script);
    await nextTask();
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 400)));

    script.textContent = JSON.stringify(correction(450));
    await nextTask();
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 450)));

    script.remove();
    await nextTask();
    await el.updateComplete;
    expect(headline(el)).to.equal(en.millionUsdShort(decimal('en', 330.7)));
  });
});

describe('a language set on an ancestor inside another component’s shadow root', () => {
  it('is followed when it changes', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const article = document.createElement('article');
    article.lang = 'ru';
    outer.attachShadow({ mode: 'open' }).append(article);
    const el = document.createElement('kz-af-trade');
    article.append(el);
    await el.updateComplete;
    expect(title(el)).to.equal(ru.title);
    article.lang = 'fa';
    await nextTask();
    await el.updateComplete;
    expect(title(el)).to.equal(fa.title);
    expect(getComputedStyle(shadow(el).querySelector('[part~="card"]')!).direction).to.equal('rtl');
    outer.remove();
  });
});

describe('moved into a same-origin iframe with adoptNode', () => {
  it('keeps its styles and its edition', async () => {
    const el = await render(html`<kz-af-trade lang="fr"></kz-af-trade>`);
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '1200px';
    document.body.append(frame);
    const inner = frame.contentDocument!;
    inner.body.append(inner.adoptNode(el));
    await el.updateComplete;
    const root = shadow(el);
    expect(title(el)).to.equal(fr.title);
    // the table and the summary stay visually hidden: the stylesheet applies in the new document
    const table = root.querySelector('table')!.parentElement!;
    expect(table.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(root.querySelector('[part~="card"]')!).borderBlockStartWidth).to.equal('4px');
    frame.remove();
  });
});
