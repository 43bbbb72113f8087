import type { CSSResult } from 'lit';

// A constructed stylesheet can be adopted only in the document that made it.
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** `styles` as a stylesheet of `document`'s own, for an element moved there (`adoptNode` into an iframe). */
export function stylesFor(document: Document, styles: CSSResult): CSSStyleSheet | undefined {
  const view = document.defaultView;
  if (!view) return undefined;
  let sheet = sheets.get(document);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    sheets.set(document, sheet);
  }
  return sheet;
}
