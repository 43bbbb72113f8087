import { announcedOn, shippedFacts, trade, type ShownFacts, type YearMonth } from './facts.js';

/**
 * A newsroom's correction of the shipped facts, without a new release: any subset of these keys,
 * as the `data` property or a `<script type="application/json">` child of the element.
 */
export interface PublisherData {
  /** Bilateral trade, millions of US dollars. */
  totalMillionUsd?: number;
  /** Kazakh exports to Afghanistan, millions of US dollars; at most the total. */
  kzExportsMillionUsd?: number;
  /** First and last month covered, `YYYY-MM`. */
  period?: { start: string; end: string };
  /** Day of the announcement, `YYYY-MM-DD`. */
  announcedOn?: string;
  /** The whole source line, in the edition's language, replacing the shipped one. */
  source?: string;
}

const maxSourceLength = 300;
const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/;
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// Keys that could reach an object's prototype: never read, never reported.
const ignoredKeys = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const describe = (value: unknown) =>
  typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(value).slice(0, 40);

/**
 * Checks a correction and applies it to the shipped facts. Returns the facts to show and every
 * problem found; with any problem, the shipped facts are shown unchanged.
 */
export function applyPublisherData(input: unknown): { facts: ShownFacts; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(input)) return { facts: shippedFacts, problems: ['expected a JSON object'] };

  const own = (key: string) => (Object.hasOwn(input, key) ? input[key] : undefined);
  const known = ['totalMillionUsd', 'kzExportsMillionUsd', 'period', 'announcedOn', 'source'];
  for (const key of Object.keys(input)) {
    if (!known.includes(key) && !ignoredKeys.has(key)) problems.push(`unknown key "${key.slice(0, 40)}"`);
  }

  const amount = (key: 'totalMillionUsd' | 'kzExportsMillionUsd', shipped: number) => {
    const value = own(key);
    if (value === undefined) return shipped;
    if (isAmount(value)) return value;
    problems.push(`${key} must be a finite number ≥ 0, got ${describe(value)}`);
    return shipped;
  };
  const totalMillionUsd = amount('totalMillionUsd', trade.totalMillionUsd);
  const kzExportsMillionUsd = amount('kzExportsMillionUsd', trade.kzExportsMillionUsd);
  if (kzExportsMillionUsd > totalMillionUsd) {
    problems.push(`kzExportsMillionUsd (${kzExportsMillionUsd}) must not exceed totalMillionUsd (${totalMillionUsd})`);
  }
  if (totalMillionUsd === 0) problems.push('totalMillionUsd must be more than 0');

  let period = trade.period;
  const periodValue = own('period');
  if (periodValue !== undefined) {
    const start = isRecord(periodValue) && Object.hasOwn(periodValue, 'start') ? periodValue.start : undefined;
    const end = isRecord(periodValue) && Object.hasOwn(periodValue, 'end') ? periodValue.end : undefined;
    if (
      typeof start === 'string' &&
      typeof end === 'string' &&
      yearMonth.test(start) &&
      yearMonth.test(end) &&
      start <= end
    ) {
      period = { start: start as YearMonth, end: end as YearMonth };
    } else {
      problems.push('period must be { "start": "YYYY-MM", "end": "YYYY-MM" } with start ≤ end');
    }
  }

  const dateValue = own('announcedOn');
  if (dateValue !== undefined && !(typeof dateValue === 'string' && isoDate.test(dateValue))) {
    problems.push(`announcedOn must be a date "YYYY-MM-DD", got ${describe(dateValue)}`);
  }

  const sourceValue = own('source');
  if (
    sourceValue !== undefined &&
    !(typeof sourceValue === 'string' && sourceValue.trim() && sourceValue.length <= maxSourceLength)
  ) {
    problems.push(`source must be a non-empty string of at most ${maxSourceLength} characters`);
  }

  if (problems.length) return { facts: shippedFacts, problems };
  return {
    facts: {
      trade: { period, totalMillionUsd, kzExportsMillionUsd },
      announcedOn: (dateValue as string | undefined) ?? announcedOn,
      source: sourceValue as string | undefined,
    },
    problems,
  };
}
