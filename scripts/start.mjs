// `npm start`: builds what the demo loads, serves the demo (scripts/serve.mjs) and rebuilds on
// every change in src/, in seconds instead of the full `npm run build`.
//
// What the demo pages load from /dist/ (demo/*.html, demo/editions/, demo/configurator.js):
// kz-af-trade.js with its edition and on-demand chunks, chunks.json and sri.json (the one-file
// editions, kz-af-trade.<lang>.js, are only named in the configurator's code: there without their
// hash, which the release build's sri.json has). So only the
// first configuration of rollup.config.mjs (the CDN module) is built, in watch mode, with the same
// plugins as the release (minus the size reports), into a folder of its own, which the server
// serves as /dist/. The release build dist/ is never touched: `npm test`, `npm pack` and
// `npm run build` (whose scripts/clean.mjs empties dist/) run beside `npm start`.
// Not built here: dist/esm/, the hydrate and classic bundles and dist/embed/ (no demo page loads
// them; `npm run build` makes them).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watch } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Under node_modules/: ignored by git, eslint, prettier and tsc alike; `npm ci` may delete it.
const devDist = join(root, 'node_modules/.cache/kz-af-trade-dev/dist');
const releaseDist = join(root, 'dist');
// performance.now() counts from the process's start.
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const { options, warnings } = await loadConfigFile(join(root, 'rollup.config.mjs'));
warnings.flush();
const config = options.find((o) => o.output.some((output) => output.entryFileNames === 'kz-af-trade.js'));
if (!config) throw new Error('rollup.config.mjs has no configuration writing kz-af-trade.js');

// Files of the last build, so the ones an earlier build left behind are deleted.
let written = new Set();
const devOutput = {
  name: 'kz-dev-output',
  generateBundle(_options, bundle) {
    written = new Set(Object.keys(bundle));
  },
};

config.plugins = [
  // rollup-plugin-visualizer writes its reports into dist/ whatever the output folder.
  ...config.plugins.filter((plugin) => plugin.name !== 'visualizer'),
  devOutput,
].map((plugin) => (plugin.name === 'typescript' ? releaseOutDirCheck(plugin) : plugin));
// Source maps referenced from the bundles (the release's are hidden), for the browser's debugger.
config.output = config.output.map((output) => ({ ...output, dir: devDist, sourcemap: true }));
config.watch = { ...config.watch, clearScreen: false, exclude: ['node_modules/**'] };

/**
 * @rollup/plugin-typescript requires its `outDir` (dist, in rollup.config.mjs) to lie inside
 * rollup's output folder. With `declaration: false` that folder is never written to; check the
 * paths against the release folder, so the same plugin instance builds into devDist.
 */
function releaseOutDirCheck(plugin) {
  const { renderStart } = plugin;
  return {
    ...plugin,
    renderStart(outputOptions, inputOptions) {
      return renderStart.call(this, { ...outputOptions, dir: releaseDist }, inputOptions);
    },
  };
}

/** After each build: delete stale files, then write sri.json as scripts/sri.mjs does for dist/. */
function finishOutput() {
  const keep = new Set([...written, 'chunks.json', 'sri.json']);
  const files = readdirSync(devDist, { recursive: true })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => statSync(join(devDist, path)).isFile());
  for (const path of files) if (!keep.has(path)) rmSync(join(devDist, path));
  const hashes = Object.fromEntries(
    files
      .filter((path) => keep.has(path) && path !== 'sri.json')
      .sort()
      .map((path) => [
        path,
        `sha384-${createHash('sha384')
          .update(readFileSync(join(devDist, path)))
          .digest('base64')}`,
      ]),
  );
  writeFileSync(join(devDist, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
}

rmSync(devDist, { recursive: true, force: true });
const watcher = watch(config);
let serving; // the dev server starting (then its stop function), once the first build has ended
let buildStart;
let failed;

// Rollup awaits these listeners (one that throws is reported as a failed build).
watcher.on('event', async (event) => {
  if (event.code === 'START') {
    buildStart = performance.now();
    failed = false;
    if (serving) console.log('Rebuilding…');
  } else if (event.code === 'BUNDLE_END') {
    warnings.flush(); // TypeScript's type errors, among others
    await event.result.close();
  } else if (event.code === 'ERROR') {
    // A syntax error, a missing module… (rollup emits END after it): the last good build stays served.
    failed = true;
    warnings.flush();
    await event.result?.close();
    console.error(`Build failed: ${event.error.message}`);
    if (event.error.frame) console.error(event.error.frame);
  } else if (event.code === 'END') {
    if (!failed) {
      finishOutput();
      console.log(`Built ${relative(root, devDist)}/ in ${seconds(buildStart)}${serving ? ': reload the page' : ''}`);
    }
    serving ??= startServer().catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
  }
});

async function startServer() {
  const { url, stop } = await serve({
    distDir: devDist,
    missing:
      'Not found: `npm start` builds only what the demo loads (kz-af-trade.js and its chunks, chunks.json, sri.json). ' +
      '`npm run build` makes the rest (dist/embed/, the hydrate and classic bundles, dist/esm/) into dist/.',
  });
  console.log(`Demo: ${url}  (ready in ${seconds(0)}; rebuilds on change in src/; Ctrl-C to stop)`);
  return stop;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await watcher.close();
    const stop = await serving;
    await stop?.();
    process.exit(0);
  });
}
