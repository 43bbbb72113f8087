import type { YearMonth } from './data/facts.js';

/** Locale-aware formatters for one edition, built once per locale and shared by every instance. */
export interface Formatters {
  /** A figure with one decimal at most: `330.7`. */
  decimal(value: number): string;
  /** A share, 0–1, with one decimal at most: `95.7 %`. */
  percent(value: number): string;
  /** A calendar date given as ISO `YYYY-MM-DD`. */
  date(isoDate: string): string;
  /** A span of months: `January – August 2022`. */
  monthRange(start: YearMonth, end: YearMonth): string;
  /** A list joined with the edition's "and". */
  list(items: readonly string[]): Array<{ type: 'element' | 'literal'; value: string }>;
}

const cache = new Map<string, Formatters>();

// Noon UTC keeps the calendar day the same in every time zone.
const utcDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

export function formatters(locale: string): Formatters {
  let format = cache.get(locale);
  if (!format) {
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    format = {
      decimal: (value) => decimal.format(value),
      percent: (value) => percent.format(value),
      date: (isoDate) => date.format(utcDate(isoDate)),
      monthRange: (start, end) => months.formatRange(utcDate(`${start}-15`), utcDate(`${end}-15`)),
      list: (items) => list.formatToParts(items),
    };
    cache.set(locale, format);
  }
  return format;
}
