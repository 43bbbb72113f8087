import { deriveTrade, type TradeFigures, type YearMonth } from './data/facts.js';
import type { CalendarWords } from './locales/en.js';
import {
  intlFormatters,
  intlSettings,
  loadedMessages,
  writtenFigures,
  type Locale,
  type Messages,
} from './locales/index.js';

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

/** The figures `Intl` writes, as opposed to the edition's own "and". */
export type Figure = Exclude<keyof Formatters, 'list'>;

/** How a figure is keyed among those written at build time: `decimal(330.7)`. */
export const call = (name: Figure, args: readonly unknown[]) => `${name}(${args.join(' ')})`;

/** Items joined with the edition's own separators (`words.list`: between two, before the last). */
export const listParts =
  (words: CalendarWords): Formatters['list'] =>
  (items) =>
    items.flatMap((value, i) => {
      const separator = i < items.length - 2 ? words.list[0] : i === items.length - 2 ? words.list[1] : '';
      return [
        { type: 'element' as const, value },
        ...(separator ? [{ type: 'literal' as const, value: separator }] : []),
      ];
    });

const cache = new Map<Locale, Formatters>();

/**
 * The formatters of a loaded edition: the figures written at build time where it has them
 * (`kz-af-trade.<lang>.js`), else `Intl`'s, whose code came with the edition or the correction
 * that needed it (locales/index.ts, data/correction.ts).
 */
export function formatters(edition: Locale): Formatters {
  let format = cache.get(edition);
  if (!format) {
    const words = loadedMessages(edition)!.calendar;
    const written = writtenFigures.get(edition) ?? {};
    let intl: Formatters | undefined;
    const known =
      <N extends Figure>(name: N) =>
      (...args: Parameters<Formatters[N]>) =>
        written[call(name, args)] ??
        ((intl ??= intlFormatters()!(intlSettings[edition], words))[name] as (...values: unknown[]) => string)(...args);
    format = {
      decimal: known('decimal'),
      percent: known('percent'),
      date: known('date'),
      monthRange: known('monthRange'),
      list: listParts(words),
    };
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
