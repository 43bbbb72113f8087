import { announcedOn, changes, shippedFacts, trade, type ShownFacts, type YearMonth } from './facts.js';

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
  /** The day of the correction, `YYYY-MM-DD`, not before the announcement: required when a figure changes, and shown with what changed. */
  correctedOn?: string;
  /** What the newsroom says of the correction, plain text of 1–300 characters, shown after it. */
  correctionNote?: string;
  /** Where the source can be read (an `http:` or `https:` URL), for the JSON-LD's `url` and `isBasedOn`. */
  sourceUrl?: string;
  /** The figures' licence, as a URL (`https://creativecommons.org/licenses/by/4.0/`), for the JSON-LD. */
  license?: string;
}

/**
 * What a correction may say, beyond its shape: figures a fact-checker would accept as possible.
 * Amounts are millions of US dollars (at most 1,000,000 million, US$1 trillion, far above any
 * Kazakh–Afghan trade, and small enough that the widget's labels fit a 360 px column); the total is
 * at least 0.1, the least amount the widget does not show as 0; years are 2000–2100.
 */
export const publisherDataLimits = {
  maxMillionUsd: 1_000_000,
  minTotalMillionUsd: 0.1,
  years: [2000, 2100],
  /** Unknown keys named in the problems; the rest are counted. */
  unknownKeysListed: 5,
} as const;

const { maxMillionUsd, minTotalMillionUsd, unknownKeysListed } = publisherDataLimits;
const [firstYear, lastYear] = publisherDataLimits.years;
const maxSourceLength = 300;
const maxNoteLength = 300;
const maxUrlLength = 2000;
const quotedLength = 40;
const yearMonth = /^(\d{4})-(0[1-9]|1[0-2])$/;
const isoDate = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// Keys that could reach an object's prototype: never read, never reported.
const ignoredKeys = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxMillionUsd;
const isYear = (year: string) => Number(year) >= firstYear && Number(year) <= lastYear;
/** A `YYYY-MM` month in the plausible years. */
const isMonth = (value: unknown): value is YearMonth => {
  const match = typeof value === 'string' ? yearMonth.exec(value) : null;
  return match !== null && isYear(match[1]);
};
/** A `YYYY-MM-DD` day that the Gregorian calendar has (no 30 February), in the plausible years. */
const isDay = (value: unknown): value is string => {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  if (!match || !isYear(match[1])) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // Day 0 of the next month is the last day of this one (leap years included).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};
/** A bad value as a problem quotes it: never longer than about 40 characters, never throwing. */
const describe = (value: unknown) => {
  if (typeof value === 'string') {
    return `"${value.length > quotedLength ? `${value.slice(0, quotedLength)}…` : value}"`;
  }
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value).slice(0, quotedLength);
};
/** Whether a URL parses (not `URL.canParse`: Safari 16 lacks it). */
const parses = (url: string) => {
  try {
    return !!new URL(url);
  } catch {
    return false;
  }
};
const quoteKey = (key: string) => (key.length > quotedLength ? `"${key.slice(0, quotedLength)}…"` : `"${key}"`);

/**
 * Checks a correction and applies it to the shipped facts. Returns the facts to show and every
 * problem found; with any problem, the shipped facts are shown unchanged.
 */
export function applyPublisherData(input: unknown): { facts: ShownFacts; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(input)) return { facts: shippedFacts, problems: ['expected a JSON object'] };

  const own = (key: string) => (Object.hasOwn(input, key) ? input[key] : undefined);
  const known = [
    'totalMillionUsd',
    'kzExportsMillionUsd',
    'period',
    'announcedOn',
    'source',
    'correctedOn',
    'correctionNote',
    'sourceUrl',
    'license',
  ];
  const unknown = Object.keys(input).filter((key) => !known.includes(key) && !ignoredKeys.has(key));
  for (const key of unknown.slice(0, unknownKeysListed)) problems.push(`unknown key ${quoteKey(key)}`);
  if (unknown.length > unknownKeysListed) {
    const more = new Intl.NumberFormat('en').format(unknown.length - unknownKeysListed);
    problems.push(`and ${more} more unknown keys`);
  }

  const amount = (key: 'totalMillionUsd' | 'kzExportsMillionUsd', shipped: number) => {
    const value = own(key);
    if (value === undefined) return shipped;
    // -0 becomes 0: the formatters would show "-0 %" and "$-0 million".
    if (isAmount(value)) return value === 0 ? 0 : value;
    problems.push(
      `${key} must be a finite number from 0 to ${maxMillionUsd} (millions of US dollars: at most $1 trillion), got ${describe(value)}`,
    );
    return shipped;
  };
  const totalMillionUsd = amount('totalMillionUsd', trade.totalMillionUsd);
  const kzExportsMillionUsd = amount('kzExportsMillionUsd', trade.kzExportsMillionUsd);
  if (kzExportsMillionUsd > totalMillionUsd) {
    problems.push(`kzExportsMillionUsd (${kzExportsMillionUsd}) must not exceed totalMillionUsd (${totalMillionUsd})`);
  }
  if (totalMillionUsd < minTotalMillionUsd) {
    problems.push(
      `totalMillionUsd must be at least ${minTotalMillionUsd} (less is shown as 0), got ${totalMillionUsd}`,
    );
  }

  let period = trade.period;
  const periodValue = own('period');
  if (periodValue !== undefined) {
    const start = isRecord(periodValue) && Object.hasOwn(periodValue, 'start') ? periodValue.start : undefined;
    const end = isRecord(periodValue) && Object.hasOwn(periodValue, 'end') ? periodValue.end : undefined;
    if (isMonth(start) && isMonth(end) && start <= end) {
      period = { start, end };
    } else {
      problems.push(
        `period must be { "start": "YYYY-MM", "end": "YYYY-MM" }, months of ${firstYear}–${lastYear}, with start ≤ end`,
      );
    }
  }

  const dateValue = own('announcedOn');
  if (dateValue !== undefined && !isDay(dateValue)) {
    problems.push(
      `announcedOn must be a date "YYYY-MM-DD", a day of the calendar in ${firstYear}–${lastYear}, got ${describe(dateValue)}`,
    );
  }

  const sourceValue = own('source');
  if (
    sourceValue !== undefined &&
    !(typeof sourceValue === 'string' && sourceValue.trim() && sourceValue.length <= maxSourceLength)
  ) {
    problems.push(`source must be a non-empty string of at most ${maxSourceLength} characters`);
  }

  // A changed figure says when it changed (a newsroom's corrections policy), and a note says of what.
  const correctedOn = own('correctedOn');
  const correctionNote = own('correctionNote');
  const announced = (dateValue as string | undefined) ?? announcedOn;
  const changed = changes({ trade: { period, totalMillionUsd, kzExportsMillionUsd }, announcedOn }).length > 0;
  if (correctedOn === undefined) {
    if (changed)
      problems.push(
        'correctedOn ("YYYY-MM-DD") is required when a figure changes: readers are told of every correction',
      );
    else if (correctionNote !== undefined) problems.push('correctionNote needs the correctedOn date it is a note of');
  } else if (!isDay(correctedOn) || correctedOn < announced) {
    problems.push(
      `correctedOn must be a date "YYYY-MM-DD" of the calendar, not before the announcement (${announced}), got ${describe(correctedOn)}`,
    );
  }
  if (
    correctionNote !== undefined &&
    !(typeof correctionNote === 'string' && correctionNote.trim() && correctionNote.length <= maxNoteLength)
  ) {
    problems.push(`correctionNote must be a non-empty string of at most ${maxNoteLength} characters`);
  }

  const url = (key: 'sourceUrl' | 'license'): string | undefined => {
    const value = own(key);
    const valid =
      typeof value === 'string' && value.length <= maxUrlLength && /^https?:\/\/\S+$/i.test(value) && parses(value);
    if (value !== undefined && !valid)
      problems.push(
        `${key} must be an http: or https: URL of at most ${maxUrlLength} characters, got ${describe(value)}`,
      );
    return valid ? value : undefined;
  };
  const sourceUrl = url('sourceUrl');
  const license = url('license');

  if (problems.length) return { facts: shippedFacts, problems };
  return {
    facts: {
      trade: { period, totalMillionUsd, kzExportsMillionUsd },
      announcedOn: announced,
      source: sourceValue as string | undefined,
      correctedOn: correctedOn as string | undefined,
      correctionNote: (correctionNote as string | undefined)?.trim(),
      sourceUrl,
      license,
    },
    problems,
  };
}
