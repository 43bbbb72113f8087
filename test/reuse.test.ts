import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import { button, collectWarnings, decimal, longDate, percent, render, savedFile, shadow } from './helpers.js';

const status = (el: KzAfTrade) => shadow(el).querySelector('[role="status"]')!.textContent;

/**
 * Resolves once the live region says `words`: at once, or at the render that writes them. A
 * mutation observer sees every render (its records arrive before any later task), so the words,
 * which stay only a few seconds, are never missed, however slow the machine; no polling window.
 */
function said(el: KzAfTrade, words: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(check);
    function check() {
      if (status(el) !== words) return;
      observer.disconnect();
      resolve();
    }
    observer.observe(shadow(el), { childList: true, subtree: true, characterData: true });
    check();
  });
}

/** RFC 4180 fields of a CSV text: quoted commas and quotes, empty fields at the end of a line too. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) => {
      const fields: string[] = [];
      let [field, quoted] = ['', false];
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') [field, i] = [field + '"', i + 1];
        else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) [fields[fields.length], field] = [field, ''];
        else field += c;
      }
      return [...fields, field];
    });
}

describe('reuse: the data as CSV', () => {
  it('downloads the figures with period, unit and source columns, derived values flagged, UTF-8 with BOM', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const { name, blob } = await savedFile(() => button(el, en.downloadData).click());
    expect(name).to.equal('kz-af-trade-en.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).to.deep.equal([
      en.tableFlow,
      en.csvValue,
      en.csvUnit,
      en.csvPeriod,
      en.tableBasis,
      en.csvSource,
      en.csvPrevious,
      en.csvCorrectedOn,
    ]);
    // the date in prose, and no "Source:" under the Source heading
    const source = en.source(en.speaker, longDate(en, '2022-10-22'));
    expect(source).not.to.match(new RegExp(`^${en.csvSource}|2022-10-22`));
    expect(rows.slice(1)).to.deep.equal([
      [en.totalLabel, '330.7', en.tableValue, '2022-01/2022-08', en.reported, source, '', ''],
      [en.kzExportsLabel, '316.5', en.tableValue, '2022-01/2022-08', en.reported, source, '', ''],
      [en.afExportsLabel, '14.2', en.tableValue, '2022-01/2022-08', en.derivedBasis, source, '', ''],
      [
        en.csvKzShare,
        String(Math.round((316.5 / 330.7) * 1000) / 10),
        '%',
        '2022-01/2022-08',
        en.derivedBasis,
        source,
        '',
        '',
      ],
    ]);
    expect(Number(rows[2][1]) + Number(rows[3][1])).to.be.closeTo(Number(rows[1][1]), 1e-9);
  });

  it('names the share row as a share of the total, not as the exports it is a share of, in every edition', async () => {
    for (const [lang, m] of Object.entries({ fr, en, ru, kk, fa, ps })) {
      const el = await render(html`<kz-af-trade lang=${lang}></kz-af-trade>`);
      const { blob } = await savedFile(() => button(el, m.downloadData).click());
      const rows = parseCsv((await blob.text()).replace(/^\uFEFF/, ''));
      const share = rows.find((row) => row[2] === '%')!;
      expect(share[0], lang).to.equal(m.csvKzShare);
      expect(share[0], lang).not.to.equal(m.kzExportsLabel);
      expect(
        rows.filter((row) => row[0] === share[0]),
        `${lang}: one row of that name`,
      ).to.have.length(1);
    }
  });
});

describe('reuse: the chart as SVG and PNG', () => {
  it('downloads a standalone SVG of the card: title, headline figure, each part’s value and one bar split exactly', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const { name, blob } = await savedFile(() => button(el, en.downloadSvg).click());
    expect(name).to.equal('kz-af-trade-en.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
    expect(svg.localName).to.equal('svg');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include.members([
      en.title,
      // the marks of the card: † reported, * calculated
      `${en.millionUsdShort(decimal('en', 330.7))}†`,
      `${en.millionUsdShort(decimal('en', 316.5))}†`,
      // the calculated figure keeps its mark, and the footnote it points to comes with it
      `${en.millionUsdShort(decimal('en', 14.2))}*`,
    ]);
    expect(texts.filter((t) => t?.startsWith('*'))).to.have.length(1);
    const width = (flow: string) => Number(svg.querySelector(`rect.bar.${flow}`)!.getAttribute('width'));
    expect(width('kz') / width('af')).to.be.closeTo(316.5 / 14.2, 0.01);
    // one bar: the two parts end to end fill the width inside the padding
    expect(width('kz') + width('af')).to.be.closeTo(Number(svg.getAttribute('width')) - 48, 0.1);
  });

  it('escapes publisher text in the SVG', async () => {
    const hostile = '<script>alert(1)</script> & "quotes"';
    const el = await render(html`<kz-af-trade lang="en" .data=${{ source: hostile }}></kz-af-trade>`);
    const { blob } = await savedFile(() => button(el, en.downloadSvg).click());
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.querySelector('script')).to.equal(null);
    // the source line, after the mark of the figures it cites
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.include(`† ${hostile}`);
  });

  it('mirrors the SVG in a right-to-left edition', async () => {
    const el = await render(html`<kz-af-trade lang="fa"></kz-af-trade>`);
    const { blob } = await savedFile(() => button(el, fa.downloadSvg).click());
    const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
    expect(svg.getAttribute('direction')).to.equal('rtl');
    const kz = svg.querySelector('rect.bar.kz')!;
    const right = Number(kz.getAttribute('x')) + Number(kz.getAttribute('width'));
    expect(right).to.be.closeTo(Number(svg.getAttribute('width')) - 24, 0.01);
  });

  it('downloads a PNG drawn on a canvas', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const { name, blob } = await savedFile(() => button(el, en.downloadPng).click());
    expect(name).to.equal('kz-af-trade-en.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    // the SVG's canvas (its height grows with the wrapped lines) at twice the pixel density
    const svg = new DOMParser().parseFromString(
      await (await savedFile(() => button(el, en.downloadSvg).click())).blob.text(),
      'image/svg+xml',
    ).documentElement;
    expect([bitmap.width, bitmap.height]).to.deep.equal([1280, 2 * Number(svg.getAttribute('height'))]);
  });
});

describe('reuse: copying a fact', () => {
  it('copies the facts as a quotable text with the footnote, the source and date, and says so', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      button(el, en.copyFacts).click();
      await said(el, en.copied);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.have.length(1);
    const summary = en.chartSummary(
      en.millionUsd(decimal('en', 316.5)),
      en.millionUsd(decimal('en', 330.7)),
      percent('en', 316.5 / 330.7),
      en.millionUsd(decimal('en', 14.2)),
    );
    expect(copied[0])
      .to.contain(en.title)
      .and.contain(summary)
      .and.contain(en.outlookHeading)
      .and.contain(en.footnote(`330.7\u00a0− 316.5\u00a0= 14.2`))
      .and.contain(`† ${en.sourceLine(en.source(en.speaker, longDate(en, '2022-10-22')))}`);
    expect(status(el)).to.equal(en.copied);
  });
});

describe('reuse: when the browser or the page refuses', () => {
  it('a refused copy (a frame without allow="clipboard-write") is said in the edition’s language', async () => {
    const el = await render(html`<kz-af-trade lang="fr"></kz-af-trade>`);
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
    try {
      const warnings = await collectWarnings(async () => {
        button(el, fr.copyFacts).click();
        await said(el, fr.copyFailed);
      });
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('a failed download is said too', async () => {
    const el = await render(html`<kz-af-trade lang="ru"></kz-af-trade>`);
    const { createObjectURL } = URL;
    URL.createObjectURL = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    try {
      await collectWarnings(async () => {
        button(el, ru.downloadData).click();
        await said(el, ru.downloadFailed);
      });
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });
});

describe('no-actions', () => {
  it('hides every control; the figures and the table for screen readers stay', async () => {
    const el = await render(html`<kz-af-trade lang="en" no-actions></kz-af-trade>`);
    const root = shadow(el);
    expect(root.querySelectorAll('button, details, summary')).to.have.length(0);
    expect(root.querySelector('table')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('the share menu', () => {
  const menu = (el: KzAfTrade) => shadow(el).querySelector('details')!;
  const summary = (el: KzAfTrade) => shadow(el).querySelector('summary')!;

  it('is one quiet control in the footer holding every reuse action, accessible open and closed', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    expect(shadow(el).querySelectorAll('summary')).to.have.length(1);
    expect(summary(el).closest('footer')).not.to.equal(null);
    expect([...menu(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      en.copyFacts,
      en.downloadData,
      en.downloadSvg,
      en.downloadPng,
    ]);
    await expect(el).to.be.accessible();
    summary(el).click();
    await el.updateComplete;
    expect(menu(el).open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes on Escape, giving the focus back to its button', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    menu(el).open = true;
    const copy = menu(el).querySelector('button')!;
    copy.focus();
    copy.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(menu(el).open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(summary(el));
  });

  it('closes on a click outside it, and not on one inside', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    summary(el).click();
    await new Promise((resolve) => menu(el).addEventListener('toggle', resolve, { once: true }));
    menu(el)
      .querySelector('.menu')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(menu(el).open).to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(menu(el).open).to.equal(false);
  });
});
