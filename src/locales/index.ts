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
 * The Afghan editions format as in Afghanistan, with Afghan digits (۰–۹); where a browser has
 * no Pashto data, Dari's (same digits, Afghan month names) stands in rather than English.
 */
export const intlSettings: Record<Locale, IntlSetting> = {
  fr: { locales: ['fr'] },
  en: { locales: ['en'] },
  ru: { locales: ['ru'] },
  kk: { locales: ['kk'] },
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

/**
 * Loads an edition; if its file cannot load, warns once and resolves to the fallback's messages
 * (`undefined` only when even those cannot load: the network is gone).
 */
export async function loadMessages(locale: Locale): Promise<Messages | undefined> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  try {
    const { default: messages } = await loaders[locale]();
    loaded.set(locale, messages);
    return messages;
  } catch (error) {
    console.warn(`<kz-af-trade>: could not load the "${locale}" edition.`, error);
    const fallback = locale === fallbackLocale ? undefined : await loadMessages(fallbackLocale);
    if (fallback) loaded.set(locale, fallback); // one warning, not one per render
    return fallback;
  }
}
