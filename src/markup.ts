/** What the element finds already in the page: markup pre-rendered for it, children still being parsed. */
import { nothing, render, type RenderOptions, type TemplateResult } from 'lit';
import { shippedFacts, type ShownFacts } from './data/facts.js';
import { formatters } from './format.js';
import { intlSettings, type Locale, type Messages } from './locales/index.js';

/** What a reader sees of a shadow tree: elements with their classes, language and state, and text; styles and Lit's markers aside. */
function visible(root: Node): string {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node.nodeName === 'STYLE' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  let seen = '';
  while (walker.nextNode()) {
    const node = walker.currentNode;
    seen +=
      node instanceof Element
        ? `<${node.localName} ${['class', 'lang', 'dir', 'aria-pressed', 'width'].map((name) => node.getAttribute(name))}>`
        : node.nodeValue!.trim();
  }
  return seen;
}

/**
 * Hydration keeps the server's nodes and takes them for `template` as they are. When they show
 * something else (a correction, or a language set before the script ran), this draws `template`
 * afresh in their place, once.
 */
export function redrawIfStale(root: ShadowRoot, template: TemplateResult, options: RenderOptions) {
  const probe = root.ownerDocument.createElement('div');
  render(template, probe);
  if (visible(probe) === visible(root)) return;
  // Through nothing, so Lit makes new nodes; the server's <style> before them stays.
  render(nothing, root, options);
  render(template, root, options);
}

/** Resolves once the parser is past the element (at once unless a synchronous script defined it mid-parse), so a JSON child is read before the first render. */
export function parsed(element: Element): Promise<unknown> {
  const document = element.ownerDocument;
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node.nextSibling || document.readyState !== 'loading') return Promise.resolve();
  }
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

/** The text of the element's `<script type="application/json">` child (a publisher correction), if any. */
export function jsonChild(element: Element): string | undefined {
  const script = [...element.children].find(
    (child) => child.localName === 'script' && child.getAttribute('type') === 'application/json',
  );
  return script ? (script.textContent ?? '') : undefined;
}

// The JSON-LD children this code has rewritten: they follow every later change too.
const rewritten = new WeakSet<Element>();

/**
 * Keeps the JSON-LD a pre-rendered snippet carries in light DOM in step with what the card shows
 * (a correction, another edition). The snippet's own is right for the shipped facts in its
 * language, so the code that writes one loads only when they differ.
 */
export async function followDataset(host: HTMLElement, facts: ShownFacts, locale: Locale, messages: Messages) {
  const script = host.querySelector(':scope > script[type="application/ld+json"]');
  if (!script) return;
  const lang = intlSettings[locale].locales[0];
  if (!rewritten.has(script) && facts === shippedFacts && script.textContent?.includes(`"inLanguage":"${lang}"`))
    return;
  const { dataset } = await import('./data/dataset.js');
  rewritten.add(script);
  script.textContent = JSON.stringify(dataset(facts, messages, locale, formatters(locale)));
}
