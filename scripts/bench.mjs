/* global window, document -- used in page.evaluate callbacks, which run in the page */
// `npm run bench`: the widget against a Chart.js 4 chart of the same figures and against a
// hand-written custom element with no library, side by side in headless Chromium (Debian's).
// Prints, never asserts. Runs alternate the variants' order; each figure is a median.
//
//   A      <kz-af-trade variant="compact" lang="en"> from dist/kz-af-trade.js (script-tag embed as
//          the configurator writes it, the edition's file preloaded beside the script; with the
//          documented reservation: `kz-af-trade:not(:defined)` and `:not(:state(rendered))`)
//   A-ssr  the same, pre-rendered (dist/embed/en-compact.html) and hydrated by
//          dist/kz-af-trade.hydrate.js: no reservation needed
//   B      the same two bars and total drawn with Chart.js 4 (bench/chartjs-bars.js, bundled here)
//   C      a minimal hand-written custom element (bench/mini-bars.js): the floor
//
// Measured per page load: "script → rendered" = from the end of the script's download (it runs
// as soon as it is there: module scripts wait only for parsing, done by then) to the first
// frame after every instance has rendered; CLS (layout-shift entries, whole load); main-thread
// script time (CDP Performance.getMetrics ScriptDuration); JS heap after a forced GC. Script
// responses are delayed 100 ms, as a network would, so the page paints before any upgrade.
//
// KZ_BENCH_RUNS (default 7) measured runs, after one warm-up run. CHROME_PATH (default
// /usr/bin/chromium). KZ_BENCH_DEBUG=1 prints every load's raw figures (Chromium's metrics).
// The "JS heap" is V8's after a forced GC; "DOM nodes" counts nodes (a shadow DOM's too),
// since most of an instance's memory is its DOM, which the JS heap figure does not show.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { puppeteerCore } from '@web/test-runner-chrome';
import { rollup } from 'rollup';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));
const runs = Number(process.env.KZ_BENCH_RUNS ?? 7);
const counts = [1, 200];
const widths = [360, 1280];
const scriptDelay = 100;

// B and C, minified like the widget's bundle.
const built = {};
for (const name of ['chartjs-bars', 'mini-bars']) {
  const bundle = await rollup({
    input: path(`bench/${name}.js`),
    plugins: [resolve(), terser({ ecma: 2021, module: true, format: { comments: false } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  built[`/bench/${name}.js`] = output[0].code;
  await bundle.close();
}
// the script and the edition's preload, relative to dist/embed/ in the snippet
const snippet = (await readFile(path('dist/embed/en-compact.html'), 'utf8')).replaceAll('="../', '="/dist/');

// What a reader of the English widget downloads: the entry and the English edition's file.
const chunks = JSON.parse(await readFile(path('dist/chunks.json'), 'utf8'));
const english = (entry) => `/dist/${chunks[entry].editions.en}`;

const variants = {
  A: {
    tag: 'kz-af-trade',
    markup: '<kz-af-trade variant="compact" lang="en"></kz-af-trade>',
    script: '/dist/kz-af-trade.js',
    // as the configurator writes the embed: the edition's file preloaded beside the script
    preload: english('kz-af-trade.js'),
    files: ['/dist/kz-af-trade.js', english('kz-af-trade.js')],
  },
  'A-ssr': {
    tag: 'kz-af-trade',
    markup: snippet,
    script: null,
    files: ['/dist/kz-af-trade.hydrate.js', english('kz-af-trade.hydrate.js')],
  },
  B: { tag: 'chartjs-bars', markup: '<chartjs-bars></chartjs-bars>', script: '/bench/chartjs-bars.js' },
  C: { tag: 'mini-bars', markup: '<mini-bars></mini-bars>', script: '/bench/mini-bars.js' },
};

async function source(url) {
  return built[url] ?? (await readFile(path(url.slice(1))));
}
const sizes = async (files) => {
  const bytes = await Promise.all(files.map(async (file) => Buffer.from(await source(file))));
  const sum = (f) => bytes.map(f).reduce((a, b) => a + b, 0);
  return {
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
};

const paragraph =
  '<p>Kazakhstan wants to expand its trade with Afghanistan. At an economic forum, the Deputy Prime Minister gave the figures for the first eight months of the year, and the projects that should follow them.</p>';
function page(name, count, reserve) {
  const { tag, markup, script, preload } = variants[name];
  const scriptTag =
    (preload ? `<link rel="modulepreload" href="${preload}">` : '') +
    (script ? `<script type="module" src="${script}"></script>` : '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;font:17px/1.5 Georgia,serif}main{max-inline-size:42rem;margin:0 auto;padding:0 16px}
${reserve ? `${tag}:not(:defined){display:block;min-block-size:${reserve}px}` : ''}
${reserve && tag === 'kz-af-trade' ? `${tag}:not(:state(rendered)){min-block-size:${reserve}px}` : ''}</style>
<script>
window.__cls = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
</script></head><body><main><h1>Trade with Afghanistan</h1>${paragraph}
${Array.from({ length: count }, () => `${markup}${paragraph}`).join('\n')}
</main>${scriptTag}
<script type="module">
const script = ${JSON.stringify(script ?? variants[name].files[0])};
await customElements.whenDefined(${JSON.stringify(tag)});
await Promise.all([...document.querySelectorAll(${JSON.stringify(tag)})].map((el) => el.updateComplete));
requestAnimationFrame(() => {
  const start = performance.getEntriesByName(new URL(script, location.href).href)[0].responseEnd;
  window.__rendered = performance.now() - start;
});
</script></body></html>`;
}

const pages = new Map();
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  try {
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (pages.has(url.pathname)) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(pages.get(url.pathname));
      return;
    }
    if (!/^\/(dist|bench)\/[\w./-]+$/.test(url.pathname) || url.pathname.includes('..')) throw new Error('not served');
    const body = await source(url.pathname);
    await new Promise((done) => setTimeout(done, extname(url.pathname) === '.js' ? scriptDelay : 0));
    response
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      .end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteerCore.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});

/** One page load: time, CLS, script time, heap; and the first instance's height. */
async function load(name, count, width, reserve = 0) {
  const pathname = `/${name}-${count}-${width}-${Math.random().toString(36).slice(2)}.html`;
  pages.set(pathname, page(name, count, reserve));
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    tab.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && console.error(`${name}: ${message.text()}`));
    if (process.env.KZ_BENCH_DEBUG) tab.on('request', (r) => console.error(`  ${r.url()}`));
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await tab.goto(`${origin}${pathname}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__rendered !== undefined, { timeout: 30_000 });
    await new Promise((done) => setTimeout(done, 250)); // late shifts (fonts, resize observers)
    const result = await tab.evaluate(
      (tag) => ({
        rendered: window.__rendered,
        cls: window.__cls,
        height: document.querySelector(tag).getBoundingClientRect().height,
      }),
      variants[name].tag,
    );
    await tab.evaluate(() => window.gc());
    const metrics = await tab.metrics();
    if (process.env.KZ_BENCH_DEBUG) console.error(name, count, width, JSON.stringify({ ...result, ...metrics }));
    return { ...result, script: metrics.ScriptDuration * 1000, heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes };
  } finally {
    pages.delete(pathname);
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  // The script-tag embeds reserve their final block size before they upgrade; measured here,
  // at each width, as a publisher measures it once in their column.
  const reserve = {};
  for (const name of ['A', 'B', 'C']) {
    for (const width of widths) reserve[`${name}@${width}`] = (await load(name, 1, width)).height;
  }

  const samples = {};
  const names = Object.keys(variants);
  for (let run = 0; run <= runs; run++) {
    const order = names.map((_, i) => names[(i + run) % names.length]); // alternate who goes first
    for (const count of counts) {
      for (const width of widths) {
        for (const name of order) {
          const result = await load(name, count, width, reserve[`${name}@${width}`] ?? 0);
          if (run === 0) continue; // warm-up
          (samples[`${name} ${count} ${width}`] ??= []).push(result);
        }
      }
    }
    process.stderr.write(run === 0 ? 'warm-up done\n' : `run ${run}/${runs}\n`);
  }

  const pick = (name, count, width, key) => median(samples[`${name} ${count} ${width}`].map((s) => s[key]));
  const rows = {};
  for (const name of names) {
    const files = variants[name].files ?? [variants[name].script];
    rows[name] = {
      ...(await sizes(files)),
      t1: pick(name, 1, 1280, 'rendered'),
      t200: pick(name, 200, 1280, 'rendered'),
      cls: Math.max(...counts.flatMap((count) => widths.map((width) => pick(name, count, width, 'cls')))),
      clsBy: widths.map((width) => Math.max(...counts.map((count) => pick(name, count, width, 'cls')))),
      script1: pick(name, 1, 1280, 'script'),
      script200: pick(name, 200, 1280, 'script'),
      perInstance: (pick(name, 200, 1280, 'heap') - pick(name, 1, 1280, 'heap')) / 199,
      nodesPerInstance: (pick(name, 200, 1280, 'nodes') - pick(name, 1, 1280, 'nodes')) / 199,
    };
  }

  const version = await browser.version();
  const cpu = cpus();
  console.log(
    `\n${version}, headless; ${cpu[0].model.trim()}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
      `Node ${process.versions.node}; medians of ${runs} runs (alternating order, after a warm-up); scripts delayed ${scriptDelay} ms\n`,
  );
  const ms = (value) => value.toFixed(1);
  const header =
    '| | JS gzip (B) | JS brotli (B) | script → rendered, 1 (ms) | script → rendered, 200 (ms) | CLS 360 px | CLS 1280 px | main-thread script, 1 / 200 (ms) | JS heap per instance (KB) | DOM nodes per instance |';
  console.log(header);
  console.log(
    `|${header
      .split('|')
      .slice(1, -1)
      .map(() => '---')
      .join('|')}|`,
  );
  const labels = {
    A: 'A `<kz-af-trade>` (script tag)',
    'A-ssr': 'A pre-rendered + hydrated',
    B: 'B Chart.js 4',
    C: 'C hand-written, no library',
  };
  for (const [name, row] of Object.entries(rows)) {
    console.log(
      `| ${labels[name]} | ${row.gzip} | ${row.brotli} | ${ms(row.t1)} | ${ms(row.t200)} | ${row.clsBy[0].toFixed(3)} | ${row.clsBy[1].toFixed(3)} | ${ms(row.script1)} / ${ms(row.script200)} | ${(row.perInstance / 1024).toFixed(1)} | ${Math.round(row.nodesPerInstance)} |`,
    );
  }
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
  console.log('\nRatios (lower is better for A):');
  for (const other of ['B', 'C']) {
    const a = rows.A;
    const o = rows[other];
    console.log(
      `  A/${other}: bytes gzip ${ratio(a.gzip, o.gzip)}, brotli ${ratio(a.brotli, o.brotli)}; ` +
        `time 1 ${ratio(a.t1, o.t1)}, 200 ${ratio(a.t200, o.t200)}; main-thread 200 ${ratio(a.script200, o.script200)}`,
    );
  }
  console.log(
    `\nReservations used (first instance's height, px): ${Object.entries(reserve)
      .map(([key, value]) => `${key} ${value.toFixed(2)}`)
      .join(', ')}`,
  );
} finally {
  await browser.close();
  server.close();
}
