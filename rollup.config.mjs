import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declaration: false, declarationMap: false, sourceMap: false }),
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
    },
    plugins: plugins(),
  },
];
