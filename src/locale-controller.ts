import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  fallbackLocale,
  loadedMessages,
  loadMessages,
  locales,
  matchLocale,
  shownLocale,
  type Locale,
  type Messages,
} from './locales/index.js';
import { warnInvalid } from './options.js';

type Host = ReactiveControllerHost & HTMLElement;

// One MutationObserver for every widget, so a single-page app switching `<html lang>` re-renders
// them all; it exists only while a widget is connected.
const followers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** How many widgets follow the page's language, and whether the observer is live: for leak checks. */
export function langFollowers() {
  return { count: followers.size, observing: observer !== undefined };
}

/** The nearest `lang` above the element, across shadow roots (the host page's outline). */
function inheritedLang(element: Element): string {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
  }
  return '';
}

/**
 * The element's edition: follows its own `lang`, else the nearest ancestor's (in the page or in
 * the shadow roots it sits in), loads that edition's words, and re-renders the host when they
 * change. Like Shoelace's `LocalizeController`, the component only asks it for the words.
 */
export class LocaleController implements ReactiveController {
  private ancestorLang = '';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    this.ancestorLang = inheritedLang(this.host);
    followers.add(this);
    observer ??= new MutationObserver(() => followers.forEach((follower) => follower.ancestorsChanged()));
    // The element's document and every shadow root between it and the element: a `lang` switched
    // inside another component's shadow root is seen too.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  hostDisconnected() {
    followers.delete(this);
    if (followers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The edition asked for, by the element's `lang` or its ancestors'; English (with one warning) for a language without one. */
  get requested(): Locale {
    const tag = this.host.getAttribute('lang') || this.ancestorLang;
    const locale = tag ? matchLocale(tag) : fallbackLocale;
    if (!locale) warnInvalid(this.host, 'lang', tag, `a language tag of ${locales.join(', ')}`, `"${fallbackLocale}"`);
    return locale ?? fallbackLocale;
  }

  /** The edition whose words are shown: the one asked for, or English if its file could not load. */
  get locale(): Locale {
    return shownLocale(this.requested);
  }

  /** The words to show; `undefined` only while they load, or when no edition can load at all. */
  get messages(): Messages | undefined {
    return loadedMessages(this.locale);
  }

  /** Resolves once the edition asked for last is loaded, however often the language changed meanwhile, or none can be. */
  async ready(): Promise<void> {
    for (let locale = this.requested; !loadedMessages(locale); locale = this.requested) {
      if (!(await loadMessages(locale))) return;
    }
  }

  private ancestorsChanged() {
    const lang = inheritedLang(this.host);
    if (lang === this.ancestorLang) return;
    this.ancestorLang = lang;
    this.host.requestUpdate();
  }
}
