// The exported chart as its readers see it, in every edition: the card's design (one bar split
// exactly by the two flows, each value under its own end of the bar), the SVG laid out in this
// engine (each text's box inside the canvas, running from its anchor, the source line wrapped), its
// colours in hex, its title and description; the PNG's pixels; and the SVG as librsvg draws it
// (`rsvg-convert`, through the `rsvg` command of test/plugins/rsvg.mjs), a renderer outside
// browsers that read `color(srgb …)` as black.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render as renderLit } from 'lit';
import { shippedFacts } from '../src/data/facts.js';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { formatters } from '../src/format.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import type { Locale, Messages } from '../src/locales/index.js';
import { button, emulateMediaInWidget, render, resolvedColor, savedFile, shadow } from './helpers.js';

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

/**
 * Whether a text runs rightwards from its x: a line anchored at its start does in a left-to-right
 * edition, one anchored at its end does in a right-to-left one (every line runs inwards).
 */
const runsRight = (text: Element, rtl: boolean) => (text.getAttribute('text-anchor') === 'start') !== rtl;

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

/** A bar's colour as the card draws it. */
const cardBar = (el: KzAfTrade, flow: 'kz' | 'af') => getComputedStyle(shadow(el).querySelector(`.bar.${flow}`)!).fill;

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
 * edges (a text that runs off the canvas crosses it), every line of text drawn on the side of its
 * anchor it runs to, and each bar in its own colour (not black).
 */
function checkPicture(image: Pixels, scale: number, svg: Element, rtl: boolean, who: string) {
  const width = number(svg, 'width');
  const height = number(svg, 'height');
  expect([image.width, image.height], `${who}: size`).to.deep.equal([width * scale, height * scale]);
  const band = padding / 2;
  for (const [side, box] of Object.entries({
    // under the accent rule along the top
    left: [0, 6, band, height],
    right: [width - band, 6, width, height],
    top: [0, 6, width, band],
    bottom: [0, height - 8, width, height],
  })) {
    expect(inkIn(image, scale, box), `${who}: ink in the ${side} margin (a text off the canvas)`).to.equal(0);
  }
  for (const text of svg.querySelectorAll('text')) {
    const [x, y, size] = [number(text, 'x'), number(text, 'y'), number(text, 'font-size')];
    const box = runsRight(text, rtl)
      ? [x + 1, y - size, x + 2 * size, y + size / 3]
      : [x - 2 * size, y - size, x - 1, y + size / 3];
    expect(inkIn(image, scale, box), `${who}: “${text.textContent}” drawn next to its anchor at x=${x}`).to.be.above(0);
  }
  for (const bar of svg.querySelectorAll('rect.bar')) {
    const sample = image.color(
      Math.round((number(bar, 'x') + number(bar, 'width') / 2) * scale),
      Math.round((number(bar, 'y') + number(bar, 'height') / 2) * scale),
    );
    const expected = rgb(bar.getAttribute('fill')!);
    expect(
      sample.every((channel, c) => Math.abs(channel - expected[c]) <= 3),
      `${who}: the ${bar.getAttribute('class')} is painted ${bar.getAttribute('fill')}, found rgb(${sample.join(', ')})`,
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

/** The footnote's arithmetic in an edition's figures. */
const sum = (locale: Locale) => {
  const { decimal } = formatters(locale);
  return `${decimal(330.7)}\u00a0− ${decimal(316.5)}\u00a0= ${decimal(14.2)}`;
};

const texts = (svg: SVGSVGElement, role: string) => [...svg.querySelectorAll<SVGTextElement>(`text.${role}`)];

for (const locale of Object.keys(editions) as Locale[]) {
  describe(`the exported chart in the ${locale} edition`, () => {
    const host = document.createElement('div');
    let x: Export;
    before(async () => {
      document.body.append(host);
      x = await exportsOf(locale, host);
    });
    after(() => host.remove());

    it('has every text inside the canvas, running inwards from its anchor, none over another', () => {
      const { svg, m } = x;
      const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect([vx, vy, vw, vh]).to.deep.equal([0, 0, number(svg, 'width'), number(svg, 'height')]);
      const rtl = m.direction === 'rtl';
      expect(svg.getAttribute('direction')).to.equal(m.direction);
      const all = [...svg.querySelectorAll('text')];
      expect(all.length).to.be.at.least(11);
      for (const text of all) {
        const box = text.getBBox();
        const what = `“${text.textContent}” (${Math.round(box.x)}–${Math.round(box.x + box.width)} of ${vw})`;
        expect(box.width, what).to.be.above(0);
        expect(box.x, `${what} starts inside`).to.be.at.least(padding - 2);
        expect(box.x + box.width, `${what} ends inside`).to.be.at.most(vw - padding + 2);
        expect(box.y, `${what} top`).to.be.at.least(0);
        expect(box.y + box.height, `${what} bottom`).to.be.at.most(vh);
        const x = number(text, 'x');
        if (runsRight(text, rtl)) expect(box.x, `${what} from its anchor`).to.be.closeTo(x, 2);
        else expect(box.x + box.width, `${what} to its anchor`).to.be.closeTo(x, 2);
      }
      // the title, kicker, headline figure, footnote and source start at the edition's start edge
      const startEdge = rtl ? vw - padding : padding;
      for (const role of ['title', 'kicker', 'headline', 'footnote', 'source'])
        for (const text of texts(svg, role))
          expect(number(text, 'x'), `${role} “${text.textContent}”`).to.equal(startEdge);
      // no two texts collide: their widths as laid out here, their heights those of ink (a box from
      // getBBox runs the font's whole ascent and descent, twice the size in some Arabic fonts)
      const extent = (text: SVGTextElement) => {
        const [box, y, size] = [text.getBBox(), number(text, 'y'), number(text, 'font-size')];
        return { left: box.x, right: box.x + box.width, top: y - 0.8 * size, bottom: y + 0.3 * size };
      };
      for (const [i, a] of all.entries())
        for (const b of all.slice(i + 1)) {
          const [p, q] = [extent(a), extent(b)];
          const apart = p.right <= q.left || q.right <= p.left || p.bottom <= q.top || q.bottom <= p.top;
          expect(apart, `“${a.textContent}” clear of “${b.textContent}”`).to.be.true;
        }
    });

    it('draws the card’s one bar, split exactly, with each value under its own part', () => {
      const { svg, m } = x;
      const rtl = m.direction === 'rtl';
      const vw = number(svg, 'width');
      const [kz, af] = ['kz', 'af'].map((flow) => svg.querySelector<SVGRectElement>(`rect.bar.${flow}`)!.getBBox());
      const { totalMillionUsd: total, kzExportsMillionUsd: kzMillions } = shippedFacts.trade;
      expect(kz.width / (vw - 2 * padding), 'the Kazakh part').to.be.closeTo(kzMillions / total, 0.001);
      expect(kz.width + af.width, 'the parts end to end').to.be.closeTo(vw - 2 * padding, 0.01);
      // the Kazakh part from the start edge, the Afghan part after it, on one line
      expect(kz.y).to.equal(af.y);
      const [kzOuter, afInner, afOuter] = rtl
        ? [kz.x + kz.width, af.x + af.width, af.x]
        : [kz.x, af.x, af.x + af.width];
      expect(kzOuter, 'the Kazakh part from the start edge').to.be.closeTo(rtl ? vw - padding : padding, 0.01);
      expect(afInner, 'the Afghan part after it').to.be.closeTo(rtl ? kz.x : kz.x + kz.width, 0.01);
      expect(afOuter, 'to the end edge').to.be.closeTo(rtl ? padding : vw - padding, 0.01);
      // each value within 1em of its part's outer end (the Kazakh one at the start, the Afghan one at the end)
      const [kzValue, afValue] = texts(svg, 'value').map(
        (text) => [text.getBBox(), number(text, 'font-size')] as const,
      );
      const [kzEnd, afEnd] = rtl
        ? [kzValue[0].x + kzValue[0].width, afValue[0].x]
        : [kzValue[0].x, afValue[0].x + afValue[0].width];
      expect(Math.abs(kzEnd - kzOuter), 'the Kazakh value by its part').to.be.at.most(kzValue[1]);
      expect(Math.abs(afEnd - afOuter), 'the Afghan value by its part').to.be.at.most(afValue[1]);
      expect(kzValue[0].y, 'the values under the bar').to.be.above(kz.y + kz.height);
      // both values on one line, the calculated one marked, and the footnote the mark points to
      expect(kzValue[0].y).to.be.closeTo(afValue[0].y, 0.5);
      expect(texts(svg, 'value')[1].textContent).to.match(/\*$/);
      expect(
        texts(svg, 'footnote')
          .map((line) => line.textContent)
          .join(' '),
      ).to.equal(`* ${m.footnote(sum(locale))}`.replace(/[ \t\n\r]+/g, ' '));
    });

    it('wraps the source line on the canvas, which grows to hold it', () => {
      const { svg, el } = x;
      const lines = texts(svg, 'source');
      expect(lines.map((line) => line.textContent).join(' ')).to.equal(sourceLine(el).replace(/[ \t\n\r]+/g, ' '));
      if (['en', 'fr', 'ru', 'kk'].includes(locale)) expect(lines.length, 'lines of the source').to.be.at.least(2);
      const last = lines[lines.length - 1].getBBox();
      expect(last.y + last.height, 'the last line above the bottom margin').to.be.at.most(number(svg, 'height') - 8);
    });

    it('sets its text in the card’s own font stack', () => {
      const family = getComputedStyle(shadow(x.el).querySelector('[part~="card"]')!).fontFamily;
      expect(x.svg.getAttribute('font-family')).to.equal(family);
    });

    it('writes every colour in hex, which every renderer reads', () => {
      const { svgSource, svg } = x;
      expect(svgSource.match(/(?:color|rgba?|hsla?|oklch|oklab|color-mix)\([^)]*\)/g), 'colours not in hex').to.equal(
        null,
      );
      for (const element of svg.querySelectorAll('[fill]'))
        expect(element.getAttribute('fill'), element.outerHTML).to.match(/^#[0-9a-f]{6}$/);
      // the bars in the card's colours, as it draws them
      for (const flow of ['kz', 'af'] as const)
        expect(near(svg.querySelector(`rect.bar.${flow}`)!.getAttribute('fill')!, pixelHex(cardBar(x.el, flow))), flow)
          .to.be.true;
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
      const money = (value: number) => m.millionUsd(formatters(locale).decimal(value));
      const total = trade.totalMillionUsd;
      const kz = trade.kzExportsMillionUsd;
      const summary = m.chartSummary(
        money(kz),
        money(total),
        formatters(locale).percent(kz / total),
        money(Math.round((total - kz) * 10) / 10),
      );
      expect(desc.textContent).to.equal(`${summary} ${m.footnote(sum(locale))} ${sourceLine(el)}`);
    });

    it('draws the PNG with every text inside the canvas and the bars in their colours', async () => {
      checkPicture(
        await pixels(x.png, x.svg.querySelector('rect')!.getAttribute('fill')!),
        2,
        x.svg,
        x.m.direction === 'rtl',
        'PNG',
      );
    });

    it('renders the SVG outside the browser (librsvg) with every text inside and the bars in their colours', async () => {
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
  it('converts a site’s colours (a name, hsl(), oklch(), rgb() with alpha, color-mix()) to hex', async () => {
    const el = await render(
      html`<kz-af-trade
        lang="en"
        style="--kz-af-trade-kz-color: rebeccapurple; --kz-af-trade-af-color: rgb(255 0 0 / 50%);
          --kz-af-trade-background: hsl(0 0% 20%); --kz-af-trade-text-color: oklch(1 0 0);
          --kz-af-trade-accent-color: color-mix(in srgb, #ff0000 50%, #0000ff)"
      ></kz-af-trade>`,
    );
    const source = await (await savedFile(() => button(el, en.downloadSvg).click())).blob.text();
    expect(source.match(/(?:color|rgba?|hsla?|oklch|oklab)\([^)]*\)/g), 'colours not in hex').to.equal(null);
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const [background, rule, kz, af] = ['background', 'rule', 'bar.kz', 'bar.af'].map((role) =>
      svg.querySelector(`rect.${role}`)!,
    );
    expect(background.getAttribute('fill')).to.equal('#333333');
    expect(svg.querySelector('text')!.getAttribute('fill')).to.equal('#ffffff');
    expect(kz.getAttribute('fill')).to.equal('#663399');
    expect([af.getAttribute('fill'), af.getAttribute('fill-opacity')]).to.deep.equal(['#ff0000', '0.5']);
    // a color-mix() computes to color(srgb …), which librsvg would paint black
    expect(near(rule.getAttribute('fill')!, '#800080'), 'the accent rule').to.be.true;
  });

  it('keeps the theme’s colours under forced colours: the file is for use elsewhere', async () => {
    const el = await render(html`<kz-af-trade lang="en" theme="light"></kz-af-trade>`);
    const themed = (flow: 'kz' | 'af') => pixelHex(cardBar(el, flow));
    const colours = [themed('kz'), themed('af')];
    emulateMediaInWidget(el, '(forced-colors: active)');
    expect(cardBar(el, 'kz'), 'the card itself takes the system colours').to.equal(resolvedColor('CanvasText'));
    const source = await (await savedFile(() => button(el, en.downloadSvg).click())).blob.text();
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    expect(['kz', 'af'].map((flow) => svg.querySelector(`rect.bar.${flow}`)!.getAttribute('fill'))).to.deep.equal(
      colours,
    );
    expect(svg.querySelector('rect.background')!.getAttribute('fill')).to.equal('#ffffff');
  });
});
