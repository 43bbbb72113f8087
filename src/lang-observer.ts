/**
 * One `MutationObserver` for every widget that follows the page's language, so a single-page app
 * switching `<html lang>` re-renders them all. It exists only while a widget is connected.
 */
const followers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` whenever a `lang` attribute changes anywhere in the document. */
export function followLang(element: Element, onChange: () => void) {
  followers.set(element, onChange);
  if (!observer) {
    observer = new MutationObserver(() => followers.forEach((callback) => callback()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unfollowLang(element: Element) {
  followers.delete(element);
  if (followers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** How many widgets follow the page's language, and whether the observer is live: for leak checks. */
export function langFollowers() {
  return { count: followers.size, observing: observer !== undefined };
}
