import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { visualizer } from 'rollup-plugin-visualizer';
import { chunkManifest } from './scripts/rollup/chunk-manifest.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';

const plugins = () => [
  typescript({
    tsconfig: './tsconfig.build.json',
    outDir: 'dist',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
  }),
  minifyTemplates(),
  resolve(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default [
  // The CDN embed: one module with Lit bundled; every edition but English is a sibling chunk
  // loaded on demand, resolved relative to this file so a CDN copy works.
  {
    input: 'src/kz-af-trade.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'kz-af-trade.js',
      chunkFileNames: 'kz-af-trade-[name]-[hash].js',
      sourcemap: 'hidden',
    },
    plugins: [
      ...plugins(),
      chunkManifest(),
      // What weighs what, in minified bytes per source module (read through the hidden source
      // maps): dist/stats.html (treemap) and dist/stats.json (summarised by `npm run size`).
      visualizer({ filename: 'dist/stats.html', sourcemap: true }),
      visualizer({ filename: 'dist/stats.json', template: 'raw-data', sourcemap: true }),
    ],
  },
];
