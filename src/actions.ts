/**
 * Files a newsroom can reuse: the figures as CSV, the chart as a standalone SVG or a PNG drawn with
 * the canvas API. Loaded on demand (a reader who never downloads never pays for it), and made
 * without images or data URLs, so it works under a strict Content-Security-Policy.
 */

import { deriveTrade } from './data/facts.js';
import type { ShownFacts } from './data/facts.js';
import { formatters, millionUsd } from './format.js';
import { intlSettings, type Locale, type Messages } from './locales/index.js';

/** One figure of the data file. */
export interface CsvRow {
  flow: string;
  value: number;
  unit: string;
  /** ISO 8601 interval, e.g. `2022-01/2022-08`. */
  period: string;
  /** Reported by the source, or derived from reported figures. */
  basis: string;
  source: string;
}

/** Column headings, in the edition's language. */
export type CsvHeader = Record<keyof CsvRow, string>;

const csvField = (field: string | number) => {
  const text = String(field);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The figures as CSV: UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding),
 * CRLF line ends (RFC 4180), one row a figure. Values keep a dot as decimal separator, so every
 * program reads them as numbers.
 */
export function toCsv(header: CsvHeader, rows: readonly CsvRow[]): string {
  const columns = Object.keys(header) as Array<keyof CsvRow>;
  const lines = [columns.map((column) => header[column]), ...rows.map((row) => columns.map((column) => row[column]))];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

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

/** A colour as `#rrggbb` and its opacity: what every renderer of SVG reads. */
export interface HexColor {
  hex: string;
  alpha: number;
}

const clamp = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
const byte = (fraction: number) =>
  Math.round(clamp(fraction) * 255)
    .toString(16)
    .padStart(2, '0');

/** A component of `rgb()` or `color(srgb …)` as 0–1: a number over `scale`, a percentage, or `none`. */
const component = (token: string | undefined, scale: number) =>
  token === undefined || token === 'none'
    ? 0
    : token.endsWith('%')
      ? Number(token.slice(0, -1)) / 100
      : Number(token) / scale;

/** Hex, `rgb()`/`rgba()` and `color(srgb …)`, in either syntax (commas or spaces, `/ alpha`); else undefined. */
function parseSrgb(color: string): HexColor | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return { hex: `#${digits.slice(0, 6)}`, alpha: digits.length === 8 ? parseInt(digits.slice(6), 16) / 255 : 1 };
  }
  const functional = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!functional) return undefined;
  const [kind, body] = [functional[1], functional[2]];
  const [channels, alpha] = body.split('/');
  const tokens = channels.split(/[\s,]+/).filter(Boolean);
  const space = kind === 'color' ? tokens.shift() : 'srgb';
  if (space !== 'srgb' || tokens.length < 3) return undefined;
  const alphaToken = alpha?.trim() ?? (kind === 'color' ? undefined : tokens[3]);
  const scale = kind === 'color' ? 1 : 255;
  return {
    hex: `#${tokens
      .slice(0, 3)
      .map((token) => byte(component(token, scale)))
      .join('')}`,
    alpha: alphaToken === undefined ? 1 : clamp(component(alphaToken, 1)),
  };
}

let probeContext: CanvasRenderingContext2D | null | undefined;

/**
 * Converts a CSS colour to hex. Browsers compute colours as `rgb()`/`rgba()`, and a `color-mix()`
 * as `color(srgb …)`, which renderers outside browsers do not read (librsvg paints it black);
 * any other syntax (`oklch()`, a name) goes through a canvas: its own sRGB serialisation, else
 * the colour painted on a pixel.
 */
export function hexColor(color: string): HexColor {
  const parsed = parseSrgb(color);
  if (parsed) return parsed;
  probeContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probeContext) return { hex: '#000000', alpha: 1 };
  probeContext.clearRect(0, 0, 1, 1);
  probeContext.fillStyle = '#000';
  probeContext.fillStyle = color;
  const written = parseSrgb(String(probeContext.fillStyle));
  if (written) return written;
  probeContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probeContext.getImageData(0, 0, 1, 1).data;
  return { hex: `#${[r, g, b].map((channel) => byte(channel / 255)).join('')}`, alpha: a / 255 };
}

/** The width of a text in a CSS font, in pixels. */
export type Measure = (text: string, font: string) => number;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Measures with a canvas: the engine's own fonts and shaping, as its SVG text and the PNG use. */
const canvasMeasure: Measure = (text, cssFont) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 0.6 * Number(/(\d+)px/.exec(cssFont)?.[1] ?? 16);
  measureContext.font = cssFont;
  return measureContext.measureText(text).width;
};

const graphemes = (word: string) =>
  typeof Intl.Segmenter === 'function'
    ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)].map((part) => part.segment)
    : [...word];

/**
 * Breaks a text into lines no wider than `room`, at spaces (no-break spaces hold), and a word
 * wider than the room between its characters.
 */
export function wrapText(text: string, cssFont: string, room: number, measure: Measure = canvasMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/[ \t\r\n]+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined, cssFont) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of measure(word, cssFont) <= room ? [word] : graphemes(word)) {
      if (line && measure(line + piece, cssFont) > room) {
        lines.push(line);
        line = '';
      }
      line += piece;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** As `wrapText`, in as many lines but each as even as it can be (no word left alone on the last). */
function balancedLines(text: string, cssFont: string, room: number, measure: Measure): string[] {
  const lines = wrapText(text, cssFont, room, measure);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [room / lines.length, room];
  let best = lines;
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    const tried = wrapText(text, cssFont, middle, measure);
    if (tried.length > lines.length) narrow = middle;
    else [wide, best] = [middle, tried];
  }
  return best;
}

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

/** Saves a file through a temporary link: no pop-up, no network. */
export function saveFile(content: Blob, filename: string) {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke after the click has been handled, or some engines cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the reuse actions read from a rendered widget. */
export interface ReuseContext {
  root: ParentNode;
  messages: Messages;
  facts: ShownFacts;
  locale: Locale;
}

const sourceLine = ({ root }: ReuseContext) => (root.querySelector('[part~="source"]') as HTMLElement).innerText.trim();

/**
 * A colour as the card computes it: its custom properties may hold `light-dark()`, `color-mix()`,
 * a name or a system colour, which a probe inside the card resolves in the card's context.
 */
function resolvedColor(card: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  card.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Downloads the chart as SVG or PNG, in the widget's edition and its theme's colours: a file for use
 * elsewhere, so never in the forced colours a reader's screen may paint the card with.
 */
export async function downloadChart(context: ReuseContext, format: 'svg' | 'png') {
  const { messages: m, facts, locale, root } = context;
  const card = root.querySelector('[part~="card"]')!;
  const color = (name: string) => resolvedColor(card, getComputedStyle(card).getPropertyValue(name).trim());
  const { trade } = facts;
  const { afExportsMillionUsd: af, kzShare } = deriveTrade(trade);
  const f = formatters(locale);
  const money = (millions: number) => millionUsd(m, locale, millions);
  const short = (millions: number) => m.millionUsdShort(f.decimal(millions));
  const source = sourceLine(context);
  const summary = m.chartSummary(
    money(trade.kzExportsMillionUsd),
    money(trade.totalMillionUsd),
    f.percent(kzShare),
    money(af),
  );
  const afShare = af / trade.totalMillionUsd;
  const picture: ChartPicture = {
    title: m.title,
    kicker: m.tradeHeading(f.monthRange(trade.period.start, trade.period.end)),
    headline: { value: short(trade.totalMillionUsd), label: m.totalLabel },
    parts: [
      {
        label: m.kzExportsLabel,
        value: short(trade.kzExportsMillionUsd),
        share: `${f.percent(kzShare)}*`,
        fraction: kzShare,
        color: color('--_kz'),
      },
      {
        label: m.afExportsLabel,
        value: `${short(af)}*`,
        share: `${f.percent(afShare)}*`,
        fraction: afShare,
        color: color('--_af'),
      },
    ],
    footnote: `* ${m.footnote}`,
    source,
    description: `${summary} ${m.footnote} ${source}`,
    lang: card.getAttribute('lang') || intlSettings[locale].locales[0],
    direction: getComputedStyle(card).direction === 'rtl' ? 'rtl' : 'ltr',
    fontFamily: getComputedStyle(card).fontFamily,
    colors: {
      text: color('--_text'),
      muted: color('--_muted'),
      background: color('--_background'),
      accent: color('--_accent'),
    },
  };
  const file = format === 'svg' ? new Blob([chartSvg(picture)], { type: 'image/svg+xml' }) : await chartPng(picture);
  saveFile(file, `kz-af-trade-${locale}.${format}`);
}

/** Downloads the figures as CSV, with period, unit and source on every row and derived ones flagged. */
export function downloadData({ messages: m, facts, locale }: ReuseContext) {
  const { trade, announcedOn } = facts;
  const { afExportsMillionUsd, kzShare } = deriveTrade(trade);
  const period = `${trade.period.start}/${trade.period.end}`;
  // the attribution in prose under the column's own "Source" heading (a publisher's line as given)
  const source = facts.source ?? m.source(m.speaker, formatters(locale).date(announcedOn));
  const row = (flow: string, value: number, unit: string, basis: string) => ({
    flow,
    value,
    unit,
    period,
    basis,
    source,
  });
  const csv = toCsv(
    {
      flow: m.tableFlow,
      value: m.csvValue,
      unit: m.csvUnit,
      period: m.csvPeriod,
      basis: m.tableBasis,
      source: m.csvSource,
    },
    [
      row(m.totalLabel, trade.totalMillionUsd, m.tableValue, m.reported),
      row(m.kzExportsLabel, trade.kzExportsMillionUsd, m.tableValue, m.reported),
      row(m.afExportsLabel, afExportsMillionUsd, m.tableValue, m.derivedBasis),
      row(m.csvKzShare, Math.round(kzShare * 1000) / 10, '%', m.derivedBasis),
    ],
  );
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `kz-af-trade-${locale}.csv`);
}

/** Copies the card's facts, with the footnote and the source line, as a quotable text. */
export function copyFacts({ root }: ReuseContext): Promise<void> {
  const card = root.querySelector('[part~="card"]')!;
  const text = (element: Element | null) =>
    ((element as HTMLElement | null)?.innerText ?? '').replace(/[ \t]+/g, ' ').trim();
  const lines = [text(card.querySelector('[part~="heading"]'))];
  for (const section of card.querySelectorAll('section')) {
    const heading = section.querySelector('[part~="section-heading"]');
    lines.push(text(heading));
    // the trade figures as screen readers hear them: one sentence, every figure once
    if (section.classList.contains('trade'))
      lines.push(text(section.querySelector('.headline')), text(section.querySelector('.summary')));
    else for (const child of section.children) if (child !== heading) lines.push(text(child));
  }
  lines.push(text(card.querySelector('.footnote')), text(card.querySelector('[part~="source"]')));
  return navigator.clipboard.writeText(lines.filter(Boolean).join('\n'));
}
