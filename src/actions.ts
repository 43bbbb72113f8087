/**
 * Files a newsroom can reuse: the figures as CSV, the chart as a standalone SVG or a PNG (see
 * export/chart.ts), the facts as a quotable text. Loaded on demand (a reader who never downloads
 * never pays for it), and made without images or data URLs, so it works under a strict
 * Content-Security-Policy.
 */

import { changes, deriveTrade, type Change } from './data/facts.js';
import type { ShownFacts } from './data/facts.js';
import { arithmetic, formatters, tradeSummary } from './format.js';
import { intlSettings, type Locale, type Messages } from './locales/index.js';
import { chartPng, chartSvg, type ChartPicture } from './export/chart.js';
import { marks } from './sections/view.js';

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
  /** What a correction changed it from (empty when it did not change). */
  previous: number | '';
  /** The day of the correction, ISO 8601, on a corrected row (else empty). */
  correctedOn: string;
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

/** An element's text as the card shows it, runs of spaces folded ('' for none, or one not rendered). */
const shownText = (element: Element | null) =>
  ((element as HTMLElement | null)?.innerText ?? '').replace(/[ \t]+/g, ' ').trim();

/** A part's text as the card shows it. */
const partText = ({ root }: ReuseContext, name: string) => shownText(root.querySelector(`[part~="${name}"]`));

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
  const short = (millions: number) => m.millionUsdShort(f.decimal(millions));
  const source = partText(context, 'source');
  const correction = partText(context, 'correction');
  const footnote = m.footnote(arithmetic(f, trade));
  const summary = tradeSummary(m, f, trade);
  const afShare = af / trade.totalMillionUsd;
  const picture: ChartPicture = {
    title: m.title,
    kicker: m.tradeHeading(f.monthRange(trade.period.start, trade.period.end)),
    headline: { value: `${short(trade.totalMillionUsd)}${marks.reported}`, label: m.totalLabel },
    parts: [
      {
        label: m.kzExportsLabel,
        value: `${short(trade.kzExportsMillionUsd)}${marks.reported}`,
        share: `${f.percent(kzShare)}${marks.calculated}`,
        fraction: kzShare,
        color: color('--_kz'),
      },
      {
        label: m.afExportsLabel,
        value: `${short(af)}${marks.calculated}`,
        share: `${f.percent(afShare)}${marks.calculated}`,
        fraction: afShare,
        color: color('--_af'),
      },
    ],
    footnote: `${marks.calculated} ${footnote}`,
    source,
    correction,
    description: [summary, footnote, source, correction].filter(Boolean).join(' '),
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
  const before = new Map(changes(facts).map(({ figure, from }) => [figure, from]));
  const percent = (share: number) => Math.round(share * 1000) / 10;
  const row = (figure: Change['figure'], flow: string, value: number, unit: string, basis: string): CsvRow => {
    const previous = before.get(figure);
    return {
      flow,
      value,
      unit,
      period,
      basis,
      source,
      previous: previous === undefined ? '' : figure === 'share' ? percent(previous) : previous,
      correctedOn: previous === undefined ? '' : facts.correctedOn!,
    };
  };
  const csv = toCsv(
    {
      flow: m.tableFlow,
      value: m.csvValue,
      unit: m.csvUnit,
      period: m.csvPeriod,
      basis: m.tableBasis,
      source: m.csvSource,
      previous: m.csvPrevious,
      correctedOn: m.csvCorrectedOn,
    },
    [
      row('total', m.totalLabel, trade.totalMillionUsd, m.tableValue, m.reported),
      row('kz', m.kzExportsLabel, trade.kzExportsMillionUsd, m.tableValue, m.reported),
      row('af', m.afExportsLabel, afExportsMillionUsd, m.tableValue, m.derivedBasis),
      row('share', m.csvKzShare, percent(kzShare), '%', m.derivedBasis),
    ],
  );
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `kz-af-trade-${locale}.csv`);
}

/** Copies the card's facts, with any correction, the footnote and the source line, as a quotable text. */
export function copyFacts(context: ReuseContext): Promise<void> {
  const card = context.root.querySelector('[part~="card"]')!;
  const lines = [partText(context, 'heading')];
  for (const section of card.querySelectorAll('section')) {
    const heading = section.querySelector('[part~="section-heading"]');
    lines.push(shownText(heading));
    // the trade figures as screen readers hear them: one sentence, every figure once
    if (section.classList.contains('trade'))
      lines.push(shownText(section.querySelector('.headline')), shownText(section.querySelector('.summary')));
    else for (const child of section.children) if (child !== heading) lines.push(shownText(child));
  }
  lines.push(partText(context, 'correction'), partText(context, 'footnote'), partText(context, 'source'));
  return navigator.clipboard.writeText(lines.filter(Boolean).join('\n'));
}
