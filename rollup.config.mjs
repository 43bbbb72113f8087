import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';
import { visualizer } from 'rollup-plugin-visualizer';
import { chunkManifest } from './scripts/rollup/chunk-manifest.mjs';
import { litPolicyName } from './scripts/rollup/lit-policy.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';

const source = (path) => JSON.stringify(fileURLToPath(new URL(`src/${path}`, import.meta.url)));
const element = source('kz-af-trade.ts');
const editions = ['fr', 'en', 'ru', 'kk', 'fa', 'ps'];

// Entry modules of the build variants, made here rather than as files in src/.
const entries = {
  // the figures before the element, so hydration renders exactly the server's text with no Intl
  '\0kz-af-trade.hydrate': `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '\0kz-af-trade-figures';\nexport * from ${element};`,
  '\0kz-af-trade.iife': `import '\0kz-af-trade-figures';\nimport ${element};`,
};
// One file per edition: its words are given before the element is defined (module order), so
// the element renders in the task that defines it, with no second request.
// Its figures of the shipped facts too, formatted at build time by the same code (from dist/esm/,
// which `npm run build` compiles first), so its first render needs no Intl: neither its code nor its
// set-up (README, Performance).
// Once per edition for the whole build: the one-file edition, the hydrating bundle and the
// classic script all ask for them.
const figures = new Map();
const figuresOf = (edition) => {
  if (!figures.has(edition)) {
    const esm = (path) => import(new URL(`dist/esm/${path}`, import.meta.url).href);
    figures.set(
      edition,
      Promise.all([esm('intl-format.js'), esm('locales/index.js'), esm(`locales/${edition}.js`)]).then(
        ([{ createFormatters, shippedFigures }, { intlSettings }, { default: words }]) =>
          shippedFigures(createFormatters(intlSettings[edition], words.calendar)),
      ),
    );
  }
  return figures.get(edition);
};
// Every edition's figures, for the bundles that serve every edition: the pre-rendered embeds'
// (whose words stay a file each) and the classic script.
entries['\0kz-af-trade-figures'] = async () =>
  `import { provideFigures } from ${source('locales/index.ts')};\n${(
    await Promise.all(
      editions.map(async (edition) => `provideFigures('${edition}', ${JSON.stringify(await figuresOf(edition))});`),
    )
  ).join('\n')}`;
for (const edition of editions) {
  entries[`\0kz-af-trade-words.${edition}`] = async () =>
    `import { provideEdition, provideFigures } from ${source('locales/index.ts')};
import words from ${source(`locales/${edition}.ts`)};
provideEdition('${edition}', words);
provideFigures('${edition}', ${JSON.stringify(await figuresOf(edition))});`;
  entries[`\0kz-af-trade.${edition}`] = `import '\0kz-af-trade-words.${edition}';\nexport * from ${element};`;
}
const virtualEntries = {
  name: 'kz-virtual-entries',
  resolveId: (source) => (source in entries ? source : null),
  load: (id) => (typeof entries[id] === 'function' ? entries[id]() : (entries[id] ?? null)),
};

const plugins = () => [
  virtualEntries,
  typescript({
    tsconfig: './tsconfig.build.json',
    outDir: 'dist',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
  }),
  minifyTemplates(),
  resolve(),
  // Lit's Trusted Types policy under the widget's own name, so a page's own Lit never collides with it
  litPolicyName(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

/** An ES module entry in dist/, its edition chunks beside it (shared by both module entries). */
const moduleBuild = (entryFileNames) => ({
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames,
    chunkFileNames: 'kz-af-trade-[name]-[hash].js',
    sourcemap: 'hidden',
  },
  // Chunks loaded on demand import from the entry itself: no second file before the first render.
  preserveEntrySignatures: 'allow-extension',
});

export default [
  // The CDN embed: one module with Lit bundled; every edition but English is a sibling chunk
  // loaded on demand, resolved relative to this file so a CDN copy works.
  {
    input: 'src/kz-af-trade.ts',
    ...moduleBuild('kz-af-trade.js'),
    plugins: [
      ...plugins(),
      chunkManifest(),
      // What weighs what, in minified bytes per source module (read through the hidden source
      // maps): dist/stats.html (treemap) and dist/stats.json (summarised by `npm run size`).
      visualizer({ filename: 'dist/stats.html', sourcemap: true }),
      visualizer({ filename: 'dist/stats.json', template: 'raw-data', sourcemap: true }),
    ],
  },
  // The script-tag embed for pre-rendered (declarative shadow DOM) markup: Lit's hydrate support
  // first (it must patch LitElement before the element's class is defined), then the element.
  // Same edition chunks as the CDN embed (same content, so same file names).
  {
    input: '\0kz-af-trade.hydrate',
    ...moduleBuild('kz-af-trade.hydrate.js'),
    plugins: [
      ...plugins(),
      chunkManifest(),
      visualizer({ filename: 'dist/stats.hydrate.json', template: 'raw-data', sourcemap: true }),
    ],
  },
  // One module per edition, its words inside: what the configurator and README's first snippet load.
  ...editions.map((edition) => ({
    input: `\0kz-af-trade.${edition}`,
    ...moduleBuild(`kz-af-trade.${edition}.js`),
    plugins: [
      ...plugins(),
      chunkManifest(),
      // what weighs what in the file one English reader downloads (summarised by `npm run size`)
      ...(edition === 'en'
        ? [visualizer({ filename: 'dist/stats.en.json', template: 'raw-data', sourcemap: true })]
        : []),
    ],
  })),
  // A classic script for CMSs that strip type="module": every edition inlined, no global name.
  {
    input: '\0kz-af-trade.iife',
    output: { file: 'dist/kz-af-trade.iife.js', format: 'iife', inlineDynamicImports: true, sourcemap: 'hidden' },
    plugins: [...plugins(), chunkManifest()],
  },
];
