import en, { type Messages } from './en.js';

export type { Messages };

/** The editions, by BCP 47 primary language subtag. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The fallback edition, bundled with the element so it never waits for a download. */
export const fallbackLocale: Locale = 'en';

// Each edition but the fallback is its own chunk, so a reader downloads one language only.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  fr: () => import('./fr.js'),
};

const loaded = new Map<Locale, Messages>([['en', en]]);

/** Maps a BCP 47 tag to its edition (`fr-CA` → `fr`), or `undefined` when there is none. */
export function matchLocale(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/** The edition's messages if already loaded, so a render never waits when it need not. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** Loads an edition; resolves to the fallback's messages (and warns) if its file cannot load. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  try {
    const { default: messages } = await loaders[locale as Exclude<Locale, 'en'>]();
    loaded.set(locale, messages);
    return messages;
  } catch (error) {
    console.warn(`<kz-af-trade>: could not load the "${locale}" edition; showing English.`, error);
    return en;
  }
}
