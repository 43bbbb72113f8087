// Minifies the CSS and HTML inside Lit's `css`, `html` and `svg` tagged templates of our own
// sources at build time (minify-literals finds the templates and keeps their `${}` parts), so
// the bundle does not ship the indentation and comments of src/.
// - HTML (html-minifier-next): whitespace is collapsed to one space where it can show (between
//   inline content), and dropped between blocks and at a template's ends: those were a quarter of
//   a card's nodes (116 of 439), each one made for every instance. A template that needs a space
//   at its end leaves it to its parent (sections/notes.ts). Checked by rendering: every edition's
//   and variant's text and height, and the editions' screenshots pixel for pixel (Chromium), are unchanged.
// - CSS: a conservative minifier of our own: comments and layout whitespace go, every rule and
//   declaration stays where it is. Lightning CSS (minify-literals' default) merges and moves
//   rules (two `@container` blocks became one, after a rule they preceded), which can change
//   the cascade.
import { minifyHTMLLiterals } from 'minify-literals';

/** Strips comments and insignificant whitespace; strings are kept verbatim. */
export function minifyCss(css) {
  const strings = [];
  const kept = css
    // one left-to-right pass, so an apostrophe in a comment does not open a string
    .replace(/\/\*[^]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (token) =>
      token.startsWith('/*') ? '' : `\uE000${strings.push(token) - 1}\uE001`,
    )
    .replace(/\s+/g, ' ')
    // never around + - * / ~ >, which are significant in calc() and between selectors
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([:(]) /g, '$1')
    .replace(/ \)/g, ')')
    .replace(/;}/g, '}')
    .replace(/([^\w.#-])0\.(\d)/g, '$1.$2')
    .trim();
  return kept.replace(/\uE000(\d+)\uE001/g, (_, index) => strings[Number(index)]);
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates({ include = /\/src\/.+\.[jt]s$/ } = {}) {
  return {
    name: 'kz-minify-templates',
    async transform(code, id) {
      if (!include.test(id)) return null;
      return minifyHTMLLiterals(code, {
        fileName: id,
        html: { conservativeCollapse: false, removeComments: true, minifyCSS: false, minifyJS: false },
        css: minifyCss,
      });
    },
  };
}
