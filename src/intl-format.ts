import {
  agriFoodOutlookBillionUsd,
  announcedOn,
  deriveTrade,
  flourWheatVolumeShareLowerBound,
  trade,
  type YearMonth,
} from './data/facts.js';
import { call, listParts, type Figure, type Formatters } from './format.js';
import type { CalendarWords } from './locales/en.js';
import type { IntlSetting } from './locales/index.js';

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

/**
 * Builds formatters from an edition's `Intl` setting (`supportedLocalesOf` as in
 * `resolveIntlLocale`) and its house style (`words`, the edition's `calendar`): `Intl` writes the
 * figures, the edition its month names, patterns and "and". `Intl` is set up at the first figure,
 * since a page's first use of it costs 13–21 ms (ICU's start-up; README, Performance).
 */
export function createFormatters(
  { locales, numberingSystem }: IntlSetting,
  words: CalendarWords,
  supportedLocalesOf?: (locales: string[]) => string[],
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
  return {
    decimal,
    // An Arabic letter mark first: in right-to-left text the sign then sits at the number's left
    // wherever the number falls (at the start of a line, Unicode's bidi rules would put it right).
    percent: (value: number) =>
      words.percent
        ? words.percent(decimal(value * 100))
        : (numberingSystem ? '\u061C' : '') + formats().percent.format(value),
    date: (isoDate: string) => {
      const gregorian = day(words.months, isoDate.split('-').map(Number));
      return words.solarMonths
        ? `${day(words.solarMonths, solarHijri(isoDate), words.solarDate)} (${gregorian})`
        : gregorian;
    },
    monthRange: (start: YearMonth, end: YearMonth) => {
      const [[startYear, startMonth], [endYear, endMonth]] = [start, end].map((month) => month.split('-').map(Number));
      const name = (month: number) => periodMonths[month - 1];
      return startYear === endYear
        ? words.monthRange(figure(startYear), name(startMonth), name(endMonth))
        : `${words.monthYear(figure(startYear), name(startMonth))}\u00a0– ${words.monthYear(figure(endYear), name(endMonth))}`;
    },
    list: listParts(words),
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
  const calls: Array<[Figure, unknown[]]> = [
    ...[total, kz, af, agriFoodOutlookBillionUsd].map((value): [Figure, unknown[]] => ['decimal', [value]]),
    ...[kzShare, af / total, 1, flourWheatVolumeShareLowerBound].map((value): [Figure, unknown[]] => [
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
