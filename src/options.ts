/**
 * What each attribute or property accepts, and the one place that turns what a page gave (any
 * string, a framework's `undefined` or `''` on removal, a number, an object) into the value used:
 * the default when nothing is given, silently; the default plus one warning for a bad value.
 */
import type { ComplexAttributeConverter } from 'lit';

export const variants = ['full', 'compact'] as const;
export const themes = ['auto', 'light', 'dark'] as const;
export const sectionNames = ['trade', 'exports', 'vehicles', 'mining', 'outlook'] as const;
export const directions = ['ltr', 'rtl', 'auto'] as const;

export type Variant = (typeof variants)[number];
export type Theme = (typeof themes)[number];
export type Section = (typeof sectionNames)[number];
export type Direction = (typeof directions)[number];

type Level = 2 | 3 | 4 | 5 | 6;
/** The levels the card's heading takes, as a number or as the attribute's string (how frameworks may set it). */
export type HeadingLevel = Level | `${Level}`;

export const defaultHeadingLevel: Level = 3;

/** What was given, as a warning quotes it: bounded, and never the text of an object (it could be huge, or throw). */
function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

// Bad values already reported, per element: 2,000 toggles of one bad value give one warning.
const warned = new WeakMap<object, Set<string>>();

/** Warns once per element and distinct value, in the shape every bad value gets. */
export function warnInvalid(element: object, name: string, value: unknown, accepted: string, fallback: string) {
  const given = `${name}=${describe(value)}`;
  const seen = warned.get(element) ?? new Set<string>();
  warned.set(element, seen);
  if (seen.has(given)) return;
  seen.add(given);
  console.warn(`<kz-af-trade>: ${given} is not valid; expected ${accepted}. Using ${fallback}.`);
}

// Nothing given: a removed attribute, or what frameworks pass to mean "unset".
const unset = (value: unknown) => value === undefined || value === null || value === '';

/** One of `accepted` (any case, spaces trimmed), or `fallback`. */
export function oneOf<T extends string, F extends string>(
  element: object,
  name: string,
  value: unknown,
  accepted: readonly T[],
  fallback: F,
): T | F {
  if (unset(value)) return fallback;
  const token = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if ((accepted as readonly unknown[]).includes(token)) return token as T;
  warnInvalid(element, name, value, accepted.join(', '), fallback ? `"${fallback}"` : 'the default');
  return fallback;
}

/** The sections to show, in the order given, each once; all of them when none is known. */
export function sectionList(element: object, value: unknown): readonly Section[] {
  if (unset(value)) return sectionNames;
  const tokens = typeof value === 'string' ? value.trim().toLowerCase().split(/\s+/).filter(Boolean) : [];
  const known = tokens.filter((token): token is Section => (sectionNames as readonly string[]).includes(token));
  if (typeof value !== 'string' || known.length !== tokens.length || !known.length) {
    warnInvalid(
      element,
      'sections',
      value,
      `space-separated names from "${sectionNames.join(' ')}"`,
      known.length ? `"${known.join(' ')}"` : 'all sections',
    );
  }
  return known.length ? [...new Set(known)] : sectionNames;
}

/** The level of the card's heading: an integer from 2 to 6, as a number or a numeric string. */
export function headingLevel(element: object, value: unknown): number {
  if (unset(value)) return defaultHeadingLevel;
  const level = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
  warnInvalid(element, 'heading-level', value, 'an integer from 2 to 6', String(defaultHeadingLevel));
  return defaultHeadingLevel;
}

/** `heading-level`: a valid level as its number; anything else kept as written, so its warning quotes it. */
export const headingLevelConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value !== null && /^\s*[2-6]\s*$/.test(value) ? Number(value) : value),
};

/** `no-actions`: present hides the actions, except `no-actions="false"` (how Svelte writes `false` before upgrade). */
export const noActionsConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? '' : null),
};

/** Whether the actions are hidden: a string as the attribute reads it (`"false"` from a template language is false). */
export const actionsHidden = (value: unknown) =>
  typeof value === 'string' ? noActionsConverter.fromAttribute!(value, Boolean) : Boolean(value);

/**
 * A keyword attribute reflected as given (so page CSS like `kz-af-trade[theme=dark]` and a saved
 * `outerHTML` keep it); a property of another type is not written back, and cannot throw.
 */
export const keywordConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' && value ? value : null),
};

/** Lit property options of an attribute whose removal means "back to the default". */
export const reflectedKeyword = { reflect: true, useDefault: true, converter: keywordConverter } as const;
