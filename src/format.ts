import {
  agriFoodOutlookBillionUsd,
  announcedOn,
  deriveTrade,
  flourWheatVolumeShareLowerBound,
  trade,
  type TradeFigures,
  type YearMonth,
} from './data/facts.js';
import type { CalendarWords } from './locales/en.js';
import { intlSettings, loadedMessages, type IntlSetting, type Locale, type Messages } from './locales/index.js';

/** Locale-aware formatters for one edition, built once per edition and shared by every instance. */
export interface Formatters {
  /** A figure with one decimal at most: `330.7`. */
  decimal(value: number): string;
  /** A share, 0–1, with one decimal at most: `95.7 %`. */
  percent(value: number): string;
  /** A day given as ISO `YYYY-MM-DD`: in the Solar Hijri calendar first where the edition uses it, then the Gregorian date. */
  date(isoDate: string): string;
  /** A span of Gregorian months (the data's own calendar): `January–August 2022`. */
  monthRange(start: YearMonth, end: YearMonth): string;
  /** Items joined with the edition's "and", as parts so names can be isolated. */
  list(items: readonly string[]): Array<{ type: 'element' | 'literal'; value: string }>;
}

// Noon UTC keeps the calendar day the same in every time zone.
const utcDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

// A browser may list a locale as supported with none of its data (Debian's Chromium and Kazakh):
// ICU's root then names January "M01".
const hasData = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(utcDate('2022-01-15')) !== 'M01';

/** The first of an edition's `Intl` locales this browser has data for (else the last, as a best effort). */
export function resolveIntlLocale(
  candidates: readonly string[],
  supportedLocalesOf: (locales: string[]) => string[] = (locales) => Intl.NumberFormat.supportedLocalesOf(locales),
): string {
  // One candidate is the answer either way: no DateTimeFormat built to check its data (about 2 ms).
  if (candidates.length === 1) return candidates[0];
  return supportedLocalesOf([...candidates]).find(hasData) ?? candidates[candidates.length - 1];
}

/** The day of `isoDate` in the Solar Hijri calendar, as numbers. */
function solarHijri(isoDate: string) {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(utcDate(isoDate));
  const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return [value('year'), value('month'), value('day')];
}

/** How a figure is keyed in a one-file edition's figures written at build time: `decimal(330.7)`. */
const call = (name: keyof Formatters, args: readonly unknown[]) => `${name}(${args.join(' ')})`;

/**
 * Builds formatters from an edition's `Intl` setting (`supportedLocalesOf` as in
 * `resolveIntlLocale`) and its house style (`words`, the edition's `calendar`): `Intl` writes the
 * figures, the edition its month names, patterns and "and". `written`: figures already formatted
 * at build time, by call; `Intl` is set up only for a figure not among them, since a page's first
 * use of `Intl` costs 13–21 ms (ICU's start-up; README, Performance).
 */
export function createFormatters(
  { locales, numberingSystem }: IntlSetting,
  words: CalendarWords,
  supportedLocalesOf?: (locales: string[]) => string[],
  written: Readonly<Record<string, string>> = {},
): Formatters {
  let intl: { decimal: Intl.NumberFormat; percent: Intl.NumberFormat; figures: Intl.NumberFormat } | undefined;
  const formats = () => {
    if (!intl) {
      const locale = resolveIntlLocale(locales, supportedLocalesOf);
      const digits = numberingSystem ? { numberingSystem } : {};
      intl = {
        decimal: new Intl.NumberFormat(locale, { ...digits, maximumFractionDigits: 1 }),
        percent: new Intl.NumberFormat(locale, { ...digits, style: 'percent', maximumFractionDigits: 1 }),
        figures: new Intl.NumberFormat(locale, { ...digits, useGrouping: false }),
      };
    }
    return intl;
  };
  const decimal = (value: number) => formats().decimal.format(value);
  const figure = (value: number) => formats().figures.format(value);
  const day = (months: readonly string[], [year, month, date]: number[], pattern = words.date) =>
    pattern(figure(year), months[month - 1], figure(date));
  const periodMonths = words.periodMonths ?? words.months;
  /** `format`, unless the figure was written at build time. */
  const known =
    <A extends unknown[]>(name: keyof Formatters, format: (...args: A) => string) =>
    (...args: A) =>
      written[call(name, args)] ?? format(...args);
  return {
    decimal: known('decimal', decimal),
    // An Arabic letter mark first: in right-to-left text the sign then sits at the number's left
    // wherever the number falls (at the start of a line, Unicode's bidi rules would put it right).
    percent: known('percent', (value: number) =>
      words.percent
        ? words.percent(decimal(value * 100))
        : (numberingSystem ? '\u061C' : '') + formats().percent.format(value),
    ),
    date: known('date', (isoDate: string) => {
      const gregorian = day(words.months, isoDate.split('-').map(Number));
      return words.solarMonths
        ? `${day(words.solarMonths, solarHijri(isoDate), words.solarDate)} (${gregorian})`
        : gregorian;
    }),
    monthRange: known('monthRange', (start: YearMonth, end: YearMonth) => {
      const [[startYear, startMonth], [endYear, endMonth]] = [start, end].map((month) => month.split('-').map(Number));
      const name = (month: number) => periodMonths[month - 1];
      return startYear === endYear
        ? words.monthRange(figure(startYear), name(startMonth), name(endMonth))
        : `${words.monthYear(figure(startYear), name(startMonth))}\u00a0– ${words.monthYear(figure(endYear), name(endMonth))}`;
    }),
    list: (items) =>
      items.flatMap((value, i) => {
        const separator = i < items.length - 2 ? words.list[0] : i === items.length - 2 ? words.list[1] : '';
        return [
          { type: 'element' as const, value },
          ...(separator ? [{ type: 'literal' as const, value: separator }] : []),
        ];
      }),
  };
}

/**
 * Every figure the card formats for the shipped facts, by call, as `format` writes it: what a
 * one-file edition carries, formatted at build time (rollup.config.mjs).
 * `test/dist/one-file-editions.test.ts` checks that its first render then sets up no `Intl` at all.
 */
export function shippedFigures(format: Formatters): Record<string, string> {
  const { totalMillionUsd: total, kzExportsMillionUsd: kz, period } = trade;
  const { afExportsMillionUsd: af, kzShare } = deriveTrade(trade);
  const calls: Array<[keyof Formatters, unknown[]]> = [
    ...[total, kz, af, agriFoodOutlookBillionUsd].map((value): [keyof Formatters, unknown[]] => ['decimal', [value]]),
    ...[kzShare, af / total, 1, flourWheatVolumeShareLowerBound].map((value): [keyof Formatters, unknown[]] => [
      'percent',
      [value],
    ]),
    ['date', [announcedOn]],
    ['monthRange', [period.start, period.end]],
  ];
  return Object.fromEntries(
    calls.map(([name, args]) => [call(name, args), (format[name] as (...values: unknown[]) => string)(...args)]),
  );
}

// Figures formatted at build time, by edition (a one-file edition gives its own).
const writtenFigures = new Map<Locale, Readonly<Record<string, string>>>();

/** Gives an edition's figures formatted at build time (`kz-af-trade.<lang>.js`), so its first render needs no `Intl`. */
export function provideFigures(edition: Locale, figures: Readonly<Record<string, string>>) {
  writtenFigures.set(edition, figures);
}

const cache = new Map<Locale, Formatters>();

/** The formatters of an edition. */
export function formatters(edition: Locale): Formatters {
  let format = cache.get(edition);
  if (!format) {
    format = createFormatters(
      intlSettings[edition],
      loadedMessages(edition)!.calendar,
      undefined,
      writtenFigures.get(edition),
    );
    cache.set(edition, format);
  }
  return format;
}

/** The trade figures as one sentence, every figure once: what screen readers hear and the chart's description says. */
export function tradeSummary(messages: Messages, { decimal, percent }: Formatters, trade: TradeFigures): string {
  const { afExportsMillionUsd: af, kzShare } = deriveTrade(trade);
  const money = (millions: number) => messages.millionUsd(decimal(millions));
  return messages.chartSummary(
    money(trade.kzExportsMillionUsd),
    money(trade.totalMillionUsd),
    percent(kzShare),
    money(af),
  );
}

/** How Afghan exports follow from the reported figures, in the edition's digits: "330.7 − 316.5 = 14.2", unbreakable before each sign. */
export function arithmetic({ decimal }: Formatters, trade: TradeFigures): string {
  const { afExportsMillionUsd: af } = deriveTrade(trade);
  return `${decimal(trade.totalMillionUsd)}\u00a0− ${decimal(trade.kzExportsMillionUsd)}\u00a0= ${decimal(af)}`;
}
