/**
 * The chart as a standalone SVG or a PNG drawn with the canvas API: one layout for both, from a
 * picture of the card's trade section already written in the edition's words.
 */

import { clamp, hexColor, type HexColor } from './hex-color.js';
import { balancedLines, canvasMeasure, type Measure } from './wrap.js';

/** One flow of the part-of-a-whole bar, as the card shows it: the Kazakh part first, then the Afghan. */
export interface ChartPart {
  label: string;
  /** The short amount ("$316.5m"), with the calculated mark where it is calculated. */
  value: string;
  /** Its share of the total, as written ("95.7%*"). */
  share: string;
  /** value ÷ total: the part's width. */
  fraction: number;
  color: string;
}

/** What the exported chart shows, already formatted for the edition: the card's trade section. */
export interface ChartPicture {
  title: string;
  /** The period the figures cover, over the headline figure. */
  kicker: string;
  headline: { value: string; label: string };
  parts: [ChartPart, ChartPart];
  footnote: string;
  source: string;
  /** A publisher's correction, as the card says it (under the source line), if any. */
  correction?: string;
  /** What the chart says, as one text for screen readers and search: the SVG's `<desc>`. */
  description: string;
  /** BCP 47 tag of the edition's language, for the SVG's `xml:lang` and `lang`. */
  lang: string;
  direction: 'ltr' | 'rtl';
  /** Any CSS colour a browser computes (`rgb()`, `color(srgb …)`, hex…): written as hex. */
  colors: { text: string; muted: string; background: string; accent: string };
  /** The card's font stack, as computed: the edition's own, or the site's. */
  fontFamily: string;
}

const width = 640;
const padding = 24;
// Lines are wrapped to this share of the room they have: the SVG may be opened where other fonts
// stand in for the browser's (another machine, librsvg), some of them wider.
const fit = 0.9;

/**
 * A line of text. `x` is where its logical `anchor` sits, and every line runs inwards from there:
 * a line anchored at its start from the start edge, one anchored at its end from the end edge.
 */
interface TextItem {
  kind: 'text';
  /** What it is, as the SVG's `class`: `title`, `kicker`, `headline`, `label`, `value`, `share`, `footnote`, `source`. */
  role: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  size: number;
  bold: boolean;
  fill: HexColor;
  content: string;
}
interface RectItem {
  kind: 'rect';
  /** `background`, `rule`, `bar kz`, `bar af`, `key kz`, `key af`. */
  role: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: HexColor;
}

const cssFont = (family: string, size: number, bold: boolean) => `${bold ? '700 ' : ''}${size}px ${family}`;

/**
 * Where each piece goes, in painting order: one layout for both formats, so the SVG and the PNG
 * match. It draws the card's trade section: title, the period as a kicker, the headline figure,
 * one bar of the total split exactly by the two flows, each flow's figures under its own end of
 * the bar with a key of its colour, the footnote and the source. Every text is wrapped to the room
 * it has, and the canvas grows to hold it.
 */
function layout(picture: ChartPicture, measure: Measure = canvasMeasure) {
  const rtl = picture.direction === 'rtl';
  const font = (size: number, bold: boolean) => cssFont(picture.fontFamily, size, bold);
  const room = width - 2 * padding;
  /** The x that lies `inset` inwards from the start or the end edge (the right and the left in right-to-left). */
  const from = (edge: 'start' | 'end', inset = 0) =>
    (edge === 'start') !== rtl ? padding + inset : width - padding - inset;
  const colors = {
    text: hexColor(picture.colors.text),
    muted: hexColor(picture.colors.muted),
    background: hexColor(picture.colors.background),
    accent: hexColor(picture.colors.accent),
  };
  const items: Array<TextItem | RectItem> = [
    { kind: 'rect', role: 'background', x: 0, y: 0, width, height: 0, fill: colors.background },
    { kind: 'rect', role: 'rule', x: 0, y: 0, width, height: 4, fill: colors.accent },
  ];
  const text = (
    role: string,
    edge: 'start' | 'end',
    inset: number,
    y: number,
    size: number,
    bold: boolean,
    fill: HexColor,
    content: string,
  ) => items.push({ kind: 'text', role, x: from(edge, inset), y, anchor: edge, size, bold, fill, content });
  /** A text wrapped in `wide`, from `edge`; first baseline at `y`; returns the last line's baseline. */
  const block = (
    role: string,
    y: number,
    size: number,
    fill: HexColor,
    content: string,
    bold = false,
    edge: 'start' | 'end' = 'start',
    inset = 0,
    wide = room,
  ) => {
    // Arabic script's ascenders and descenders need more leading than Latin and Cyrillic
    const step = Math.round(size * (rtl ? 1.7 : 1.4));
    const lines = balancedLines(content, font(size, bold), wide * fit, measure);
    lines.forEach((line, i) => text(role, edge, inset, y + i * step, size, bold, fill, line));
    return y + (lines.length - 1) * step;
  };

  /** How far a text beside `content` starts: its width, with room for a wider stand-in font, and a gap. */
  const beside = (content: string, size: number) => measure(content, font(size, true)) * 1.05 + size / 2;

  let y = block('title', 44, 20, colors.text, picture.title, true);
  y = block('kicker', y + 30, 14, colors.accent, picture.kicker, true);
  // the headline figure, and its label after it on the line where it fits, else under it
  y += 50;
  text('headline', 'start', 0, y, 40, true, colors.text, picture.headline.value);
  const after = beside(picture.headline.value, 40);
  y =
    measure(picture.headline.label, font(14, false)) <= (room - after) * fit
      ? (text('label', 'start', after, y, 14, false, colors.muted, picture.headline.label), y)
      : block('label', y + 22, 14, colors.muted, picture.headline.label);

  // the bar: the Kazakh part from the start edge, the Afghan part after it, widths exactly value ÷ total
  const barY = y + 18;
  const [kz, af] = picture.parts;
  const kzWidth = room * clamp(kz.fraction);
  const afWidth = room * clamp(af.fraction);
  items.push(
    {
      kind: 'rect',
      role: 'bar kz',
      x: rtl ? width - padding - kzWidth : padding,
      y: barY,
      width: kzWidth,
      height: 24,
      fill: hexColor(kz.color),
    },
    {
      kind: 'rect',
      role: 'bar af',
      x: rtl ? width - padding - kzWidth - afWidth : padding + kzWidth,
      y: barY,
      width: afWidth,
      height: 24,
      fill: hexColor(af.color),
    },
  );

  // each flow's figures in its half, under its end of the bar: labels bottom-aligned, figures on one line
  const half = (room - 24) / 2;
  const inset = 12;
  const labelFont = font(13, false);
  const labelLines = picture.parts.map((part) => balancedLines(part.label, labelFont, (half - inset) * fit, measure));
  const labelRows = Math.max(...labelLines.map((lines) => lines.length));
  const top = barY + 24 + 12;
  const valueY = top + 13 + labelRows * 18 + 6;
  picture.parts.forEach((part, i) => {
    const edge = i === 0 ? 'start' : 'end';
    const lines = labelLines[i];
    lines.forEach((line, row) =>
      text('label', edge, inset, top + 13 + (labelRows - lines.length + row) * 18, 13, false, colors.muted, line),
    );
    text('value', edge, inset, valueY, 18, true, colors.text, part.value);
    const shareInset = inset + beside(part.value, 18);
    text('share', edge, shareInset, valueY, 14, false, colors.muted, part.share);
    const keyWidth = 4;
    items.push({
      kind: 'rect',
      role: `key ${i === 0 ? 'kz' : 'af'}`,
      x: (edge === 'start') !== rtl ? padding : width - padding - keyWidth,
      y: top - 2,
      width: keyWidth,
      height: valueY + 6 - (top - 2),
      fill: hexColor(part.color),
    });
  });

  y = block('footnote', valueY + 40, 12, colors.muted, picture.footnote);
  y = block('source', y + 24, 12, colors.muted, picture.source);
  if (picture.correction) y = block('correction', y + 24, 12, colors.text, picture.correction);
  const height = Math.ceil(y + 20);
  (items[0] as RectItem).height = height;
  return { height, items };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const round = (n: number) => Math.round(n * 100) / 100;

const svgFill = ({ hex, alpha }: HexColor) => `fill="${hex}"${alpha < 1 ? ` fill-opacity="${round(alpha)}"` : ''}`;

/**
 * A standalone SVG document of the chart, titled and described in the edition's language. Its
 * `direction` makes each line's start its right end in a right-to-left edition, so the anchors
 * are logical (start, end), never flipped by hand.
 */
export function chartSvg(picture: ChartPicture, measure?: Measure): string {
  const { height, items } = layout(picture, measure);
  const lang = escapeXml(picture.lang);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${lang}" lang="${lang}" direction="${picture.direction}" font-family="${escapeXml(picture.fontFamily)}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<desc>${escapeXml(picture.description)}</desc>`,
    ...items.map((item) =>
      item.kind === 'rect'
        ? `<rect class="${item.role}" x="${round(item.x)}" y="${round(item.y)}" width="${round(item.width)}" height="${round(item.height)}" ${svgFill(item.fill)}/>`
        : `<text class="${item.role}" x="${item.x}" y="${item.y}" text-anchor="${item.anchor}" font-size="${item.size}"${item.bold ? ' font-weight="700"' : ''} ${svgFill(item.fill)}>${escapeXml(item.content)}</text>`,
    ),
    '</svg>',
  ].join('\n');
}

/** The same chart drawn on a canvas at twice the pixel density, as PNG, in the same hex colours. */
export function chartPng(picture: ChartPicture, measure?: Measure): Promise<Blob> {
  const { height, items } = layout(picture, measure);
  const rtl = picture.direction === 'rtl';
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  // the lines' bidi base direction: the context's, and the element's for an engine that inherits it
  canvas.dir = picture.direction;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.direction = picture.direction;
  for (const item of items) {
    context.fillStyle = item.fill.hex;
    context.globalAlpha = item.fill.alpha;
    if (item.kind === 'rect') {
      context.fillRect(item.x, item.y, item.width, item.height);
    } else {
      context.font = cssFont(picture.fontFamily, item.size, item.bold);
      // physical alignment, as the SVG's logical anchor resolves in this direction
      context.textAlign = (item.anchor === 'start') !== rtl ? 'left' : 'right';
      context.fillText(item.content, item.x, item.y);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
  );
}
