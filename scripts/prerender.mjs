// Pre-renders the embeds (run by `npm run build`, after rollup):
//   dist/embed/<lang>-<variant>.html  a paste-ready snippet: <kz-af-trade> with its declarative
//                                     shadow DOM (every fact and the bars, no JavaScript needed),
//                                     schema.org Dataset JSON-LD in light DOM, and the script tag
//                                     of the hydrating bundle
//   dist/embed/<lang>.html            a standalone page per edition for iframe-only CMSs; it posts
//                                     its height to the parent (dist/embed/height.js)
//
// Lit's hydration checks that the server's templates are the client's, byte for byte (the
// `<!--lit-part DIGEST-->` markers), and the client bundle's templates are minified at build
// time; so the server renders the same sources through the same template minifier (bundled
// here in memory, Lit left external), not the unminified dist/esm/.
//
// KZ_EMBED_BASE: the URL of the directory holding the bundles, as the snippets reference it
// (default `../`, so dist/embed/ works next to dist/; a CDN sets its own).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';
import { minifyCss, minifyTemplates } from './rollup/minify-templates.mjs';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));
const base = process.env.KZ_EMBED_BASE ?? '../';
const outDir = path('dist/embed/');
const serverDir = path('node_modules/.cache/kz-af-trade-ssr/');
const variants = ['full', 'compact'];
const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The element and what the snippet's text needs, compiled like the browser bundle.
const entry = '\0kz-af-trade.ssr';
const entryCode = [
  `import ${JSON.stringify(path('src/kz-af-trade.ts'))};`,
  `export { loadMessages, locales, intlSettings } from ${JSON.stringify(path('src/locales/index.ts'))};`,
  `export { arithmetic, formatters } from ${JSON.stringify(path('src/format.ts'))};`,
  `export * from ${JSON.stringify(path('src/data/facts.ts'))};`,
  `export { dataset } from ${JSON.stringify(path('src/data/dataset.ts'))};`,
  `export { marks } from ${JSON.stringify(path('src/sections/view.ts'))};`,
].join('\n');
await rm(serverDir, { recursive: true, force: true });
const bundle = await rollup({
  input: entry,
  external: (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id),
  plugins: [
    {
      name: 'kz-ssr-entry',
      resolveId: (id) => (id === entry ? id : null),
      load: (id) => (id === entry ? entryCode : null),
    },
    typescript({
      tsconfig: path('tsconfig.build.json'),
      outDir: serverDir,
      declaration: false,
      declarationMap: false,
      sourceMap: false,
    }),
    minifyTemplates(),
  ],
  onwarn: (warning, warn) => (warning.code === 'UNRESOLVED_IMPORT' ? null : warn(warning)),
});
await bundle.write({ dir: serverDir, format: 'es', entryFileNames: 'kz-af-trade.ssr.js' });
await bundle.close();

// Lit's SSR entry installs the DOM shim Lit's Node build needs, so it comes before the element.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
const server = await import(pathToFileURL(`${serverDir}kz-af-trade.ssr.js`).href);
const { loadMessages, locales, intlSettings, formatters, arithmetic, shippedFacts, dataset, deriveTrade, marks } =
  server;

/**
 * What a reader sees where the snippet's <template> and <script> are stripped (feed readers,
 * newsletters, reader modes): the title, the three trade figures and the source line, as plain
 * light DOM. Where the declarative shadow root works it is not slotted, so it never shows twice.
 */
function fallback(locale, messages) {
  const f = formatters(locale);
  const { trade, announcedOn } = shippedFacts;
  const short = (millions) => messages.millionUsdShort(f.decimal(millions));
  const figures = [
    [messages.totalLabel, short(trade.totalMillionUsd)],
    [messages.kzExportsLabel, short(trade.kzExportsMillionUsd)],
    [messages.afExportsLabel, `${short(deriveTrade(trade).afExportsMillionUsd)}${marks.calculated}`],
  ];
  const period = messages.tradeHeading(f.monthRange(trade.period.start, trade.period.end));
  const lines = [
    `<p><strong>${escapeHtml(messages.title)}</strong><br>${escapeHtml(period)}</p>`,
    `<dl>${figures.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    `<p><small>${marks.calculated} ${escapeHtml(messages.footnote(arithmetic(f, trade)))}<br>${escapeHtml(messages.sourceLine(messages.source(messages.speaker, f.date(announcedOn))))}</small></p>`,
  ];
  return `<div class="kz-af-trade-fallback" dir="${messages.direction}">${lines.join('')}</div>`;
}

/** The element with its declarative shadow DOM (Lit's outer-template markers dropped: only the element hydrates). */
async function renderElement(locale, variant) {
  const template = html`<kz-af-trade lang="${unsafeStatic(locale)}" variant="${unsafeStatic(variant)}"></kz-af-trade>`;
  let markup = await collectResult(render(template));
  markup = markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  markup = markup.replace(/<kz-af-trade\s+/, '<kz-af-trade ');
  // Lit's SSR writes the styles as one <style>, from the unminified cssText of the element's
  // `css` (minified already here); strip what is left of the template indentation.
  return markup.replace(/<style>([^]*?)<\/style>/, (_, css) => `<style>${minifyCss(css)}</style>`);
}

const jsonLd = (data) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
const scriptTag = `<script type="module" src="${escapeHtml(base)}kz-af-trade.hydrate.js"></script>`;
// The edition's words, fetched beside the script rather than after it: the snippet hydrates one
// round trip sooner. (After the script tag, so a page that strips scripts can cut from there.)
const { editions: hydrateEditions } = JSON.parse(
  await readFile(new URL('../dist/chunks.json', import.meta.url), 'utf8'),
)['kz-af-trade.hydrate.js'];
const preloadTag = (locale) => `<link rel="modulepreload" href="${escapeHtml(base)}${hydrateEditions[locale]}">`;

await mkdir(outDir, { recursive: true });
for (const locale of locales) {
  const messages = await loadMessages(locale);
  // schema.org Dataset: the figures' provenance for machines (the element keeps it in step with a correction)
  const data = jsonLd(dataset(shippedFacts, messages, locale, formatters(locale)));
  for (const variant of variants) {
    const element = (await renderElement(locale, variant)).replace(
      /<\/kz-af-trade>$/,
      `${fallback(locale, messages)}${data}</kz-af-trade>`,
    );
    const snippet = `${element}\n${scriptTag}\n${preloadTag(locale)}\n`;
    await writeFile(`${outDir}${locale}-${variant}.html`, snippet);
    if (variant === 'full') {
      const page = `<!doctype html>
<html lang="${intlSettings[locale].locales[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(messages.title)}</title>
<link rel="stylesheet" href="embed.css">
<script src="height.js"></script>
</head>
<body>
${snippet}</body>
</html>
`;
      await writeFile(`${outDir}${locale}.html`, page);
    }
  }
}
// The snippets' one inline <style> (the same in every edition and variant), for a page whose
// Content-Security-Policy forbids inline styles: `style-src 'sha256-…'` admits exactly it.
const styles = new Set();
for (const locale of locales) {
  for (const variant of variants) {
    const snippet = await readFile(`${outDir}${locale}-${variant}.html`, 'utf8');
    for (const [, css] of snippet.matchAll(/<style>([^]*?)<\/style>/g)) styles.add(css);
  }
}
const hashes = [...styles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
await writeFile(`${outDir}csp.json`, `${JSON.stringify({ 'style-src': hashes }, null, 2)}\n`);

for (const file of ['height.js', 'embed.css']) {
  await writeFile(`${outDir}${file}`, await readFile(new URL(`embed/${file}`, import.meta.url)));
}
console.log(`dist/embed/: ${locales.length * variants.length} snippets, ${locales.length} iframe pages`);
