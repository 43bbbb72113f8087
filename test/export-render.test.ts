// The exported chart as its readers see it, in every edition: the SVG laid out in this engine (each
// text's box inside the canvas, aligned at the edition's start edge, the source line wrapped), its
// colours in hex, its title and description; the PNG's pixels; and the SVG as librsvg draws it
// (`rsvg-convert`, through the `rsvg` command of test/plugins/rsvg.mjs), a renderer outside
// browsers that read `color(srgb …)` as black.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render as renderLit } from 'lit';
import { shippedFacts } from '../src/data/facts.js';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { formatters, millionUsd } from '../src/format.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import type { Locale, Messages } from '../src/locales/index.js';
import { button, render, savedFile, shadow } from './helpers.js';

const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };
const padding = 24;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The SVG drawn in this page, inline in `host`, for its texts' boxes as this engine lays them out. */
function inline(source: string, host: Element): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  host.append(svg);
  return svg;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name));

/** A bar's value: the bold 14 px text on its label's line. */
const isValue = (text: Element) => text.getAttribute('font-weight') === '700' && number(text, 'font-size') === 14;

interface Pixels {
  width: number;
  height: number;
  /** Whether the pixel at device coordinates differs visibly from the background. */
  ink(x: number, y: number): boolean;
  color(x: number, y: number): number[];
}

async function pixels(png: Blob, background: string): Promise<Pixels> {
  const bitmap = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const bg = rgb(background);
  const color = (x: number, y: number) => [...data.slice((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 3)];
  return {
    width: bitmap.width,
    height: bitmap.height,
    color,
    ink: (x, y) => color(x, y).some((channel, i) => Math.abs(channel - bg[i]) > 48),
  };
}

/** A colour as hex, by painting it on a canvas pixel: a conversion independent of the exporter's. */
function pixelHex(color: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return `#${[...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Two hex colours within one step of rounding, channel by channel. */
const near = (a: string, b: string) => rgb(a).every((channel, i) => Math.abs(channel - rgb(b)[i]) <= 1);

/** The rail's colour as the card computes it: a drawn rail's fill, else its custom property. */
function cardRail(el: KzAfTrade): string {
  const rail = shadow(el).querySelector('.rail');
  if (rail) return getComputedStyle(rail).fill;
  const card = shadow(el).querySelector('[part~="card"]')!;
  const probe = document.createElement('span');
  probe.style.color = 'var(--_rail)';
  card.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Device pixels with ink in a box given in the SVG's user units, `scale` device pixels to one. */
function inkIn(image: Pixels, scale: number, [x0, y0, x1, y1]: number[]): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(y0 * scale)); y < Math.min(image.height, Math.ceil(y1 * scale)); y++)
    for (let x = Math.max(0, Math.floor(x0 * scale)); x < Math.min(image.width, Math.ceil(x1 * scale)); x++)
      if (image.ink(x, y)) count++;
  return count;
}

/**
 * What a picture of the chart must show, whoever drew it: nothing in a band along the canvas's
 * edges (a text that runs off the canvas crosses it), every line of text drawn where its anchor
 * puts it (at the start edge of the line: the right in Dari and Pashto), and the rail in its own
 * light colour, not black.
 */
function checkPicture(image: Pixels, scale: number, svg: Element, rtl: boolean, who: string) {
  const width = number(svg, 'width');
  const height = number(svg, 'height');
  expect([image.width, image.height], `${who}: size`).to.deep.equal([width * scale, height * scale]);
  const band = padding / 2;
  for (const [side, box] of Object.entries({
    left: [0, 0, band, height],
    right: [width - band, 0, width, height],
    top: [0, 0, width, band],
    bottom: [0, height - 8, width, height],
  })) {
    expect(inkIn(image, scale, box), `${who}: ink in the ${side} margin (a text off the canvas)`).to.equal(0);
  }
  for (const text of svg.querySelectorAll('text')) {
    const [x, y, size] = [number(text, 'x'), number(text, 'y'), number(text, 'font-size')];
    // which side of x the line lies on: a line starts at the start edge (the right in Dari and
    // Pashto), a value ends at the end edge
    const extendsRight = isValue(text) === rtl;
    const box = extendsRight
      ? [x + 1, y - size, x + 3 * size, y + size / 3]
      : [x - 3 * size, y - size, x - 1, y + size / 3];
    expect(inkIn(image, scale, box), `${who}: “${text.textContent}” drawn next to its anchor at x=${x}`).to.be.above(0);
  }
  const [background, ...rects] = [...svg.querySelectorAll('rect')];
  expect(background.getAttribute('fill')).to.match(/^#[0-9a-f]{6}$/);
  // the rails (every other rect from the first), each sampled where no bar covers it
  for (const [i, rail] of rects.entries()) {
    if (i % 2) continue;
    const bar = rects[i + 1];
    const barStart = number(bar, 'x');
    const barEnd = barStart + number(bar, 'width');
    const railStart = number(rail, 'x');
    const railEnd = railStart + number(rail, 'width');
    // the widest part of the rail the bar leaves bare
    const [from, to] = barStart - railStart > railEnd - barEnd ? [railStart, barStart] : [barEnd, railEnd];
    if (to - from < 6) continue;
    const sample = image.color(Math.round(((from + to) / 2) * scale), Math.round((number(rail, 'y') + 7) * scale));
    const expected = rgb(rail.getAttribute('fill')!);
    expect(
      sample.every((channel, c) => Math.abs(channel - expected[c]) <= 3),
      `${who}: the rail is painted ${rail.getAttribute('fill')}, found rgb(${sample.join(', ')})`,
    ).to.equal(true);
  }
}

interface Export {
  el: KzAfTrade;
  m: Messages;
  svgSource: string;
  svg: SVGSVGElement;
  png: Blob;
}

/**
 * A widget in an edition, and its SVG (drawn inline beside it) and PNG, in a container of its own
 * (not a fixture, which would be removed after the first test of the edition).
 */
async function exportsOf(locale: Locale, host: HTMLElement): Promise<Export> {
  const m = editions[locale];
  renderLit(html`<kz-af-trade lang=${locale} theme="light"></kz-af-trade>`, host);
  const el = host.querySelector('kz-af-trade')!;
  await el.updateComplete;
  const svgSource = await (await savedFile(() => button(el, m.downloadSvg).click())).blob.text();
  const { blob: png } = await savedFile(() => button(el, m.downloadPng).click());
  return { el, m, svgSource, svg: inline(svgSource, host), png };
}

const sourceLine = (el: KzAfTrade) => (shadow(el).querySelector('[part~="source"]') as HTMLElement).innerText.trim();

/** The lines of the source: the texts below the last bar. */
function sourceLines(svg: SVGSVGElement) {
  const rects = [...svg.querySelectorAll('rect')];
  const lastBar = rects[rects.length - 1];
  const below = number(lastBar, 'y') + number(lastBar, 'height');
  return [...svg.querySelectorAll('text')].filter((text) => number(text, 'y') > below);
}

for (const locale of Object.keys(editions) as Locale[]) {
  describe(`the exported chart in the ${locale} edition`, () => {
    const host = document.createElement('div');
    let x: Export;
    before(async () => {
      document.body.append(host);
      x = await exportsOf(locale, host);
    });
    after(() => host.remove());

    it('has every text inside the canvas, aligned at the edition’s start edge (the right in Dari and Pashto)', () => {
      const { svg, m } = x;
      const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect([vx, vy, vw, vh]).to.deep.equal([0, 0, number(svg, 'width'), number(svg, 'height')]);
      const rtl = m.direction === 'rtl';
      expect(svg.getAttribute('direction')).to.equal(m.direction);
      const texts = [...svg.querySelectorAll('text')];
      expect(texts.length).to.be.at.least(7);
      for (const text of texts) {
        const box = text.getBBox();
        const what = `“${text.textContent}” (${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${vw})`;
        expect(box.width, what).to.be.above(0);
        expect(box.x, `${what} starts inside`).to.be.at.least(padding - 2);
        expect(box.x + box.width, `${what} ends inside`).to.be.at.most(vw - padding + 2);
        expect(box.y, `${what} top`).to.be.at.least(0);
        expect(box.y + box.height, `${what} bottom`).to.be.at.most(vh);
        // every line starts at the start edge, the values (bold, 14 px) end at the end edge
        const atRight = rtl !== isValue(text);
        if (atRight) expect(box.x + box.width, `${what} at the right edge`).to.be.closeTo(vw - padding, 2);
        else expect(box.x, `${what} at the left edge`).to.be.closeTo(padding, 2);
      }
      // a row's label and value never overlap
      for (const value of texts.filter(
        (t) => t.getAttribute('font-weight') === '700' && number(t, 'font-size') === 14,
      )) {
        const v = value.getBBox();
        for (const label of texts.filter((t) => t !== value && number(t, 'y') === number(value, 'y'))) {
          const l = label.getBBox();
          expect(l.x + l.width <= v.x || v.x + v.width <= l.x, `“${label.textContent}” clear of “${value.textContent}”`)
            .to.be.true;
        }
      }
    });

    it('wraps the source line on the canvas, which grows to hold it', () => {
      const { svg, el } = x;
      const lines = sourceLines(svg);
      expect(lines.map((line) => line.textContent).join(' ')).to.equal(sourceLine(el).replace(/[ \t\n\r]+/g, ' '));
      if (['en', 'fr', 'ru', 'kk'].includes(locale)) expect(lines.length, 'lines of the source').to.be.at.least(2);
      const last = lines[lines.length - 1].getBBox();
      expect(last.y + last.height, 'the last line above the bottom margin').to.be.at.most(number(svg, 'height') - 8);
    });

    it('writes every colour in hex, which every renderer reads', () => {
      const { svgSource, svg } = x;
      expect(svgSource.match(/(?:color|rgba?|hsla?|oklch|oklab|color-mix)\([^)]*\)/g), 'colours not in hex').to.equal(
        null,
      );
      for (const element of svg.querySelectorAll('[fill]'))
        expect(element.getAttribute('fill'), element.outerHTML).to.match(/^#[0-9a-f]{6}$/);
      // the rail: a color-mix() of the card's text and background, which computes to color(srgb …)
      expect(near(svg.querySelectorAll('rect')[1].getAttribute('fill')!, pixelHex(cardRail(x.el))), 'the rail').to.be
        .true;
    });

    it('has a title and a description in the edition’s language', () => {
      const { svg, m, el } = x;
      const card = shadow(el).querySelector('[part~="card"]')!;
      const lang = card.getAttribute('lang')!;
      expect(svg.getAttributeNS(XML_NS, 'lang')).to.equal(lang);
      expect(svg.getAttribute('lang')).to.equal(lang);
      const [title, desc] = [svg.firstElementChild!, svg.firstElementChild!.nextElementSibling!];
      expect(title.localName).to.equal('title');
      expect(title.textContent).to.equal(m.title);
      expect(desc.localName).to.equal('desc');
      const { trade } = shippedFacts;
      const money = (value: number) => millionUsd(m, locale, value);
      const total = trade.totalMillionUsd;
      const kz = trade.kzExportsMillionUsd;
      const summary = m.chartSummary(
        money(kz),
        money(total),
        formatters(locale).percent(kz / total),
        money(Math.round((total - kz) * 10) / 10),
      );
      expect(desc.textContent).to.equal(`${summary} ${sourceLine(el)}`);
    });

    it('draws the PNG with every text inside the canvas and the rail in its colour', async () => {
      checkPicture(
        await pixels(x.png, x.svg.querySelector('rect')!.getAttribute('fill')!),
        2,
        x.svg,
        x.m.direction === 'rtl',
        'PNG',
      );
    });

    it('renders the SVG outside the browser (librsvg) with every text inside and the rail not black', async () => {
      // a missing rsvg-convert fails here, with how to install it (CI installs it: .ci/run)
      await executeServerCommand('rsvg-version');
      const { png } = await executeServerCommand<{ png: string }, { svg: string }>('rsvg', { svg: x.svgSource });
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const image = await pixels(
        new Blob([bytes], { type: 'image/png' }),
        x.svg.querySelector('rect')!.getAttribute('fill')!,
      );
      checkPicture(image, 1, x.svg, x.m.direction === 'rtl', 'rsvg-convert');
    });
  });
}

describe('the exported chart’s colours, whatever syntax the card computes them in', () => {
  it('converts a site’s colours (a name, hsl(), oklch(), rgb() with alpha) and their color-mix() to hex', async () => {
    const el = await render(
      html`<kz-af-trade
        lang="en"
        style="--kz-af-trade-kz-color: rebeccapurple; --kz-af-trade-af-color: rgb(255 0 0 / 50%);
          --kz-af-trade-background: hsl(0 0% 20%); --kz-af-trade-text-color: oklch(1 0 0)"
      ></kz-af-trade>`,
    );
    const source = await (await savedFile(() => button(el, en.downloadSvg).click())).blob.text();
    expect(source.match(/(?:color|rgba?|hsla?|oklch|oklab)\([^)]*\)/g), 'colours not in hex').to.equal(null);
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const [background, rail, kz, , af] = [...svg.querySelectorAll('rect')];
    expect(background.getAttribute('fill')).to.equal('#333333');
    expect(svg.querySelector('text')!.getAttribute('fill')).to.equal('#ffffff');
    expect(kz.getAttribute('fill')).to.equal('#663399');
    expect([af.getAttribute('fill'), af.getAttribute('fill-opacity')]).to.deep.equal(['#ff0000', '0.5']);
    expect(near(rail.getAttribute('fill')!, pixelHex(cardRail(el))), 'the rail').to.be.true;
  });
});
