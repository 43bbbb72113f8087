/**
 * Files a newsroom can reuse: the figures as CSV, the chart as a standalone SVG or a PNG drawn with
 * the canvas API. Loaded on demand (a reader who never downloads never pays for it), and made
 * without images or data URLs, so it works under a strict Content-Security-Policy.
 */

import { deriveTrade } from './data/facts.js';
import type { ShownFacts } from './data/facts.js';
import { formatters, millionUsd } from './format.js';
import type { Locale, Messages } from './locales/index.js';

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

/** What the exported chart shows, already formatted for the edition. */
export interface ChartPicture {
  title: string;
  subtitle: string;
  rows: Array<{ label: string; value: string; share: number; color: string }>;
  source: string;
  direction: 'ltr' | 'rtl';
  colors: { text: string; muted: string; background: string; rail: string };
}

const width = 640;
const padding = 24;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif';

/** Where each piece goes: one layout for both formats, so the SVG and the PNG match. */
function layout(picture: ChartPicture) {
  const rtl = picture.direction === 'rtl';
  const start = rtl ? width - padding : padding;
  const end = rtl ? padding : width - padding;
  const barWidth = width - 2 * padding;
  const rows = picture.rows.map((row, index) => {
    const top = 96 + index * 58;
    const w = barWidth * row.share;
    return { ...row, textY: top + 16, barY: top + 26, barX: rtl ? width - padding - w : padding, barWidth: w };
  });
  const height = 96 + picture.rows.length * 58 + 44;
  return { rtl, start, end, barWidth, rows, height };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A standalone SVG document of the chart. */
export function chartSvg(picture: ChartPicture): string {
  const { rtl, start, end, barWidth, rows, height } = layout(picture);
  const { text, muted, background, rail } = picture.colors;
  const anchor = (at: 'start' | 'end') => ((at === 'start') !== rtl ? 'start' : 'end');
  const line = (x: number, y: number, at: 'start' | 'end', size: number, fill: string, content: string, bold = false) =>
    `<text x="${x}" y="${y}" text-anchor="${anchor(at)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${escapeXml(fill)}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="${picture.direction}" font-family='${font}'>`,
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>`,
    line(start, 40, 'start', 20, text, picture.title, true),
    line(start, 66, 'start', 14, muted, picture.subtitle),
    ...rows.flatMap((row) => [
      line(start, row.textY, 'start', 14, text, row.label),
      line(end, row.textY, 'end', 14, text, row.value, true),
      `<rect x="${padding}" y="${row.barY}" width="${barWidth}" height="14" fill="${escapeXml(rail)}"/>`,
      `<rect x="${row.barX}" y="${row.barY}" width="${row.barWidth}" height="14" fill="${escapeXml(row.color)}"/>`,
    ]),
    line(start, height - 20, 'start', 12, muted, picture.source),
    '</svg>',
  ].join('\n');
}

/** The same chart drawn on a canvas at twice the pixel density, as PNG. */
export function chartPng(picture: ChartPicture): Promise<Blob> {
  const { rtl, start, end, barWidth, rows, height } = layout(picture);
  const { text, muted, background, rail } = picture.colors;
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.direction = picture.direction;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  const line = (
    x: number,
    y: number,
    at: 'start' | 'end',
    size: number,
    fill: string,
    content: string,
    bold = false,
  ) => {
    context.font = `${bold ? '700 ' : ''}${size}px ${font}`;
    context.fillStyle = fill;
    context.textAlign = (at === 'start') !== rtl ? 'left' : 'right';
    context.fillText(content, x, y);
  };
  line(start, 40, 'start', 20, text, picture.title, true);
  line(start, 66, 'start', 14, muted, picture.subtitle);
  for (const row of rows) {
    line(start, row.textY, 'start', 14, text, row.label);
    line(end, row.textY, 'end', 14, text, row.value, true);
    context.fillStyle = rail;
    context.fillRect(padding, row.barY, barWidth, 14);
    context.fillStyle = row.color;
    context.fillRect(row.barX, row.barY, row.barWidth, 14);
  }
  line(start, height - 20, 'start', 12, muted, picture.source);
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

/** Copies a section's facts with the source line, as a quotable text. */
export function copySection(context: ReuseContext, name: string): Promise<void> {
  const section = context.root.querySelector(`#${name}-heading`)!.closest('section')!;
  const heading = section.querySelector('[part~="section-heading"]') as HTMLElement;
  const body =
    name === 'trade'
      ? section.querySelector('.summary')!.textContent!
      : [...section.children]
          .filter((child) => !child.classList.contains('section-head'))
          .map((child) => (child as HTMLElement).innerText)
          .join('\n');
  const quote = [heading.innerText, body, sourceLine(context)].map((text) => text.replace(/[ \t]+/g, ' ').trim());
  return navigator.clipboard.writeText(quote.join('\n'));
}

/** Downloads the chart as SVG or PNG, in the widget's edition and colours. */
export async function downloadChart(context: ReuseContext, format: 'svg' | 'png') {
  const { messages: m, facts, locale, root } = context;
  const card = root.querySelector('[part~="card"]')!;
  const color = (name: string) => getComputedStyle(card).getPropertyValue(name).trim();
  // The rail's colour is a color-mix() of the card's: taken resolved, from a drawn rail.
  const rail = card.querySelector('.rail');
  const { trade } = facts;
  const { afExportsMillionUsd } = deriveTrade(trade);
  const picture: ChartPicture = {
    title: m.title,
    subtitle: m.tradeHeading(formatters(locale).monthRange(trade.period.start, trade.period.end)),
    rows: [
      {
        label: m.kzExportsLabel,
        value: millionUsd(m, locale, trade.kzExportsMillionUsd),
        color: color('--_kz'),
        share: trade.kzExportsMillionUsd / trade.totalMillionUsd,
      },
      {
        label: m.derived(m.afExportsLabel),
        value: millionUsd(m, locale, afExportsMillionUsd),
        color: color('--_af'),
        share: afExportsMillionUsd / trade.totalMillionUsd,
      },
    ],
    source: sourceLine(context),
    direction: getComputedStyle(card).direction === 'rtl' ? 'rtl' : 'ltr',
    colors: {
      text: color('--_text'),
      muted: color('--_muted'),
      background: color('--_background'),
      rail: rail ? getComputedStyle(rail).fill : color('--_rail'),
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
  const source = facts.source ?? m.source(m.speaker, announcedOn);
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
      row(m.kzExportsLabel, Math.round(kzShare * 1000) / 10, '%', m.derivedBasis),
    ],
  );
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `kz-af-trade-${locale}.csv`);
}
