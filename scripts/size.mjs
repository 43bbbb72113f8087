// `npm run size`: raw, gzip and brotli bytes of every built file in dist/ (dist/esm/ is the npm
// entry, not what a reader downloads) and of what one reader downloads per edition: the one-file
// edition kz-af-trade.<lang>.js; the generic entry or the hydrating bundle plus the edition's
// on-demand chunk, as listed by rollup in dist/chunks.json.
// Prints, never fails: the budget is checked by size-limit (`npm run size:check`, .size-limit.json),
// whose limits this report quotes. Gzip at level 9 and brotli at quality 11, as a CDN pre-compresses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
// The budget, as size-limit checks it: the one-file editions' limit ("12 kB" = 12,000 B), and the
// hydrating bundle's with an edition's file.
const limits = JSON.parse(readFileSync(new URL('../.size-limit.json', import.meta.url), 'utf8'));
const bytesOf = (limit) => Math.round(Number.parseFloat(limit) * 1000);
export const budget = {
  edition: bytesOf(limits.find((entry) => !Array.isArray(entry.path)).limit),
  hydrate: bytesOf(limits.find((entry) => Array.isArray(entry.path)).limit),
};
const entry = 'kz-af-trade.js';
const hydrateEntry = 'kz-af-trade.hydrate.js';

const sizes = new Map();
export function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizes.get(file);
}

const shipped = (path) =>
  !path.startsWith('esm/') && !path.endsWith('.map') && !/^(stats(\.\w+)?\.(html|json)|chunks\.json)$/.test(path);
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((path) => statSync(join(dist, path)).isFile() && shipped(path))
  .sort();

const manifest = JSON.parse(readFileSync(join(dist, 'chunks.json'), 'utf8'));
const sum = (parts) =>
  parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
/** What a reader of one edition downloads from an entry: the entry, its static imports, the edition's chunk. */
const editionTotal = (entryFile, edition) => {
  const { imports, editions } = manifest[entryFile];
  const chunk = editions[edition];
  return sum([entryFile, ...imports, ...(chunk ? [chunk] : [])].map(sizeOf));
};

const pad = (value, width) => String(value).padStart(width);
const row = (name, { raw, gzip, brotli }, note = '') =>
  `${name.padEnd(40)}${pad(raw, 9)}${pad(gzip, 9)}${pad(brotli, 9)}  ${note}`.trimEnd();
const header = `${''.padEnd(40)}${pad('raw', 9)}${pad('gzip', 9)}${pad('brotli', 9)}`;

console.log(`Built files in dist/ (bytes)\n${header}`);
for (const file of files) console.log(row(file, sizeOf(file)));

/** The one-file editions: kz-af-trade.<lang>.js, the edition's words inside. */
const editionEntries = Object.keys(manifest).filter((file) => /^kz-af-trade\.[a-z]{2}\.js$/.test(file));
const editionFile = (edition) => `kz-af-trade.${edition}.js`;
const oneFile = (edition) => editionTotal(editionFile(edition), edition);

console.log(`\nPer edition: kz-af-trade.<lang>.js, one file with its words (what one reader downloads)\n${header}`);
for (const file of editionEntries) {
  const edition = file.split('.')[1];
  const total = oneFile(edition);
  console.log(row(`  ${file}`, total, `budget ${budget.edition}`));
}

for (const entryFile of [entry, hydrateEntry]) {
  if (!manifest[entryFile]) continue;
  console.log(`\nPer edition: ${entryFile} + the edition's chunk\n${header}`);
  for (const edition of Object.keys(manifest[entryFile].editions)) {
    const total = editionTotal(entryFile, edition);
    let note = '';
    if (entryFile === hydrateEntry && manifest[editionFile(edition)]) {
      const extra = total.gzip - oneFile(edition).gzip;
      note = `+${extra} over ${editionFile(edition)}; budget ${budget.hydrate}`;
    }
    console.log(row(`  ${edition}`, total, note));
  }
}
console.log(`\n${manifest['kz-af-trade.iife.js'] ? 'kz-af-trade.iife.js: every edition inlined' : ''}`);

// What weighs what in each entry: minified bytes per source module (rollup-plugin-visualizer
// reads them through the source maps), grouped; gzip is estimated as that share of the file's.
const groups = [
  ['Lit (lit-html, reactive-element, lit-element)', /node_modules\//],
  ['the element: class, registration, events', /\/src\/(kz-af-trade(\.component)?|events|document-styles)\.ts$/],
  ['section templates (sections/*)', /\/src\/sections\//],
  ['CSS (styles/*)', /\/src\/(kz-af-trade\.styles|styles\/[\w-]+)\.ts$/],
  ['the edition’s words (locales/<lang>.ts)', /\/src\/locales\/[a-z]{2}\.ts$/],
  ['edition loading, lang observer', /\/src\/(locale-controller|locales\/index)\.ts$/],
  ['figures (format.ts; Intl’s code, intl-format.ts)', /\/src\/(intl-)?format\.ts$/],
  ['attribute values (options.ts)', /\/src\/options\.ts$/],
  ['facts, correction entry (data/*)', /\/src\/data\//],
  ['pre-rendered markup, hydration, JSON-LD (markup.ts)', /\/src\/markup\.ts$/],
  ['reuse menu (reuse-controller.ts)', /\/src\/reuse-controller\.ts$/],
  ['other', /./],
];
try {
  for (const [entryFile, statsFile] of [
    ['kz-af-trade.en.js', 'stats.en.json'],
    [hydrateEntry, 'stats.hydrate.json'],
  ]) {
    if (!manifest[entryFile]) continue;
    const stats = JSON.parse(readFileSync(join(dist, statsFile), 'utf8'));
    const bytes = new Map(groups.map(([name]) => [name, 0]));
    for (const { id, moduleParts } of Object.values(stats.nodeMetas)) {
      const uid = moduleParts[entryFile];
      if (!uid) continue;
      const [name] = groups.find(([, pattern]) => pattern.test(id)) ?? groups.at(-1);
      bytes.set(name, bytes.get(name) + stats.nodeParts[uid].renderedLength);
    }
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    console.log(`\nWhat weighs what in ${entryFile} (minified bytes; gzip estimated pro rata)`);
    for (const [name, raw] of bytes) {
      if (!raw) continue;
      const share = raw / total;
      console.log(
        `  ${name.padEnd(56)}${pad(raw, 7)}${pad(Math.round(share * sizeOf(entryFile).gzip), 7)}${pad((share * 100).toFixed(0), 4)} %`,
      );
    }
  }
} catch (error) {
  console.log(`\n(no breakdown: ${error.message})`);
}

// The floor: what the stack costs before a byte of ours, bundled and minified as the entry is.
// Anything of ours (component, styles, facts, one edition's messages) has the rest of the budget.
const floors = [
  [
    'Lit 3 (LitElement, one css, one html)',
    `import { LitElement, css, html } from 'lit';
     customElements.define('x-floor', class extends LitElement {
       static styles = css\`:host{display:block}\`;
       render() { return html\`<p>\${this.title}</p>\`; }
     });`,
  ],
  [
    'lit-html alone (no LitElement)',
    `import { html, render } from 'lit-html';
     customElements.define('x-floor', class extends HTMLElement {
       connectedCallback() { render(html\`<p>\${this.title}</p>\`, this.attachShadow({ mode: 'open' })); }
     });`,
  ],
];
try {
  const { rollup } = await import('rollup');
  const { default: resolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  console.log(`\nThe floor: the library alone, bundled as ${entry} is\n${header}`);
  let litFloor;
  for (const [name, code] of floors) {
    const bundle = await rollup({
      input: 'floor',
      plugins: [
        {
          name: 'floor',
          resolveId: (id) => (id === 'floor' ? id : null),
          load: (id) => (id === 'floor' ? code : null),
        },
        resolve({ rootDir: new URL('..', import.meta.url).pathname }),
        terser({ ecma: 2021, module: true, format: { comments: false } }),
      ],
    });
    const [{ code: built }] = (await bundle.generate({ format: 'es' })).output;
    const bytes = Buffer.from(built);
    const size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    };
    litFloor ??= size.gzip;
    console.log(row(`  ${name}`, size));
  }
  const ours = editionEntries.map((file) => oneFile(file.split('.')[1]).gzip - litFloor);
  console.log(
    `  left for everything of ours under ${budget.edition} B gzip: ${budget.edition - litFloor} B` +
      (ours.length ? `; ours now weighs ${Math.min(...ours)}–${Math.max(...ours)} B per edition` : ''),
  );
} catch (error) {
  console.log(`\n(no floor: ${error.message})`);
}
