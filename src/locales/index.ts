import type { createFormatters } from '../intl-format.js';
import type { Messages } from './en.js';

export type { Messages };

/** The editions, by BCP 47 primary language subtag. */
export const locales = ['fr', 'en', 'ru', 'kk', 'fa', 'ps'] as const;
export type Locale = (typeof locales)[number];

/** The edition shown when a page's language has none, or its file cannot load. */
export const fallbackLocale: Locale = 'en';

// Other codes for the same languages: Dari (ISO 639-3 prs), Northern and Southern Pashto.
const aliases: Record<string, Locale> = { prs: 'fa', pbt: 'ps', pbu: 'ps' };

/** How an edition formats numbers and dates with `Intl`. */
export interface IntlSetting {
  /** Candidate locales, best first: the first the browser has data for is used. */
  locales: readonly string[];
  /** Digits to use even where the browser lacks the locale's data. */
  numberingSystem?: 'arabext';
}

/**
 * How `Intl` writes an edition's figures (its words, dates and lists are its own: `calendar`). The
 * Afghan editions use Afghan digits (۰–۹); where a browser has no Pashto data, Dari's formats its
 * numbers (same digits), and where it has no Kazakh data, Russian's (same separators).
 */
export const intlSettings: Record<Locale, IntlSetting> = {
  fr: { locales: ['fr'] },
  en: { locales: ['en'] },
  ru: { locales: ['ru'] },
  kk: { locales: ['kk', 'ru'] },
  fa: { locales: ['fa-AF', 'fa'], numberingSystem: 'arabext' },
  ps: { locales: ['ps-AF', 'ps', 'fa-AF'], numberingSystem: 'arabext' },
};

// Every edition is its own chunk, so a reader downloads one language only.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  kk: () => import('./kk.js'),
  fa: () => import('./fa.js'),
  ps: () => import('./ps.js'),
};

const loaded = new Map<Locale, Messages>();
// Editions whose file could not load, and the edition shown in their place.
const substitutes = new Map<Locale, Locale>();
// One load per edition, however many widgets ask for it: one request, one warning.
const loading = new Map<Locale, Promise<Messages | undefined>>();

/** Gives an edition's words bundled with the element (`kz-af-trade.<lang>.js`), so it never loads them. */
export function provideEdition(locale: Locale, messages: Messages) {
  loaded.set(locale, messages);
}

/** Figures of the shipped facts formatted at build time, by edition and call (format.ts). */
export const writtenFigures = new Map<Locale, Readonly<Record<string, string>>>();

/** Gives an edition's figures formatted at build time (`kz-af-trade.<lang>.js`), so it needs no `Intl`: neither its code nor its set-up. */
export function provideFigures(locale: Locale, figures: Readonly<Record<string, string>>) {
  writtenFigures.set(locale, figures);
}

let intl: typeof createFormatters | undefined;
let intlLoading: Promise<unknown> | undefined;

/** The code that writes figures with `Intl`, once loaded (`loadIntl`). */
export const intlFormatters = () => intl;

/**
 * Loads the code that writes figures with `Intl`: with the words of an edition that has no figures
 * written at build time, and with a correction (whose figures none are). A failed load is tried
 * again by the next call.
 */
export function loadIntl(): Promise<unknown> {
  intlLoading ??= import('../intl-format.js').then(
    (module) => (intl = module.createFormatters),
    (error: unknown) => {
      intlLoading = undefined;
      throw error;
    },
  );
  return intlLoading;
}

/** An edition's words, with the code for its figures where none were written at build time. */
const loadEditionWords = (locale: Locale) =>
  Promise.all([loaders[locale](), writtenFigures.has(locale) || loadIntl()]).then(([module]) => module.default);

/** Maps a BCP 47 tag to its edition (`fr-CA` → `fr`, `prs` → `fa`), or `undefined` when there is none. */
export function matchLocale(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  if ((locales as readonly string[]).includes(language)) return language as Locale;
  return Object.hasOwn(aliases, language) ? aliases[language] : undefined;
}

/** The edition's messages if already loaded, so a render never waits when it need not. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** The edition whose words are shown for `locale`: itself, or the fallback when its file could not load. */
export function shownLocale(locale: Locale): Locale {
  return substitutes.get(locale) ?? locale;
}

/**
 * Loads an edition, once however many widgets ask for it; if its file cannot load, warns once and
 * resolves to the fallback's messages (`undefined` only when even those cannot load: the network
 * is gone, and a later call tries again).
 */
export function loadMessages(locale: Locale): Promise<Messages | undefined> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadEditionFile(locale);
    loading.set(locale, pending);
    void pending.then((messages) => messages || loading.delete(locale));
  }
  return pending;
}

/**
 * Loads the words of the edition for a BCP 47 tag (English for a language without one), for a
 * server that renders the element with Lit's SSR: `await loadEdition('fr')`, then `render()`.
 * A browser loads its edition by itself.
 */
export async function loadEdition(tag: string): Promise<void> {
  await loadMessages(matchLocale(tag) ?? fallbackLocale);
}

async function loadEditionFile(locale: Locale): Promise<Messages | undefined> {
  try {
    const messages = await loadEditionWords(locale);
    loaded.set(locale, messages);
    return messages;
  } catch (error) {
    const fallback =
      loaded.get(fallbackLocale) ??
      (locale === fallbackLocale ? undefined : await loadEditionWords(fallbackLocale).catch(() => undefined));
    console.warn(
      `<kz-af-trade>: could not load the "${locale}" edition; ${fallback ? `showing "${fallbackLocale}"` : 'no edition to show'}.`,
      error,
    );
    if (fallback) {
      loaded.set(fallbackLocale, fallback).set(locale, fallback); // one warning, not one per render
      substitutes.set(locale, fallbackLocale);
    }
    return fallback;
  }
}
