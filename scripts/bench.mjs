/* global window, document, requestAnimationFrame */
// `npm run bench`: the widget against its floor and against Chart.js, in headless Chromium
// (Debian's), on a desktop and a mobile profile. Prints, never asserts. Runs alternate the
// subjects' order; every figure is a median.
//
// Subjects, all English, one file each:
//   widget full      <kz-af-trade lang="en"> from dist/kz-af-trade.en.js (its words inside)
//   widget compact   <kz-af-trade lang="en" variant="compact" no-actions>, same file
//   floor full/compact  the widget's own rendered shadow DOM and stylesheet, captured from a render
//                    and stamped by a library-free element (template.content.cloneNode): the
//                    physical limit for those same pixels
//   Chart.js         the same two bars and total drawn with Chart.js 4 (bench/chartjs-bars.js)
//
// Per page load: "script → facts" = from the end of the script's download (a module script runs
// as soon as it is there) to the first frame after every instance has rendered. Script
// responses are delayed 100 ms on the desktop profile, so the page paints before any upgrade.
// Mobile profile: CPU throttled 4× and puppeteer's "Slow 4G" (562.5 ms RTT, 1.44 Mbit/s down).
// Breakdown (one instance, full): a Chromium trace of the load, its main-thread time between
// the script's arrival and the facts' frame by kind; and, timed alone in a fresh page, the Intl
// set-up the generic bundle pays at its first render (a one-file edition has its figures written).
// Memory: JS heap (after a forced GC) and DOM nodes per instance, from 1 and 100 instances; then
// 1,000 create/render/remove cycles in one page, and what they left.
// CLS: README's first snippet (dist/kz-af-trade.fr.js and its reservation) between paragraphs
// at 360 and 1280 px, the script after the first paint.
//
// KZ_BENCH_RUNS (default 7) measured runs, after one warm-up. CHROME_PATH (default
// /usr/bin/chromium). KZ_BENCH_DEBUG=1 prints every load's raw figures.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { puppeteerCore } from '@web/test-runner-chrome';
import { rollup } from 'rollup';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));
const runs = Number(process.env.KZ_BENCH_RUNS ?? 7);
const debug = !!process.env.KZ_BENCH_DEBUG;
const counts = [1, 100];
const scriptDelay = 100;
const profiles = {
  desktop: { cpu: 1, network: null, delay: scriptDelay },
  // puppeteer's PredefinedNetworkConditions['Slow 4G'], as DevTools and Lighthouse define it
  mobile: { cpu: 4, network: { download: 180_000, upload: 84_375, latency: 562.5 }, delay: 0 },
};

// Files served by the bench, by URL path: dist/ from disk, the others built here.
const built = {};
const bundle = async (name) => {
  const build = await rollup({
    input: path(`bench/${name}.js`),
    plugins: [resolve(), terser({ ecma: 2021, module: true, format: { comments: false } })],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
};
built['/bench/chartjs-bars.js'] = await bundle('chartjs-bars');
const source = async (url) => built[url] ?? (await readFile(path(url.slice(1))));

const widgetFile = '/dist/kz-af-trade.en.js';
const subjects = {
  'widget full': { tag: 'kz-af-trade', attributes: 'lang="en"', script: widgetFile },
  'floor full': { tag: 'kz-floor', attributes: 'lang="en"', script: '/bench/floor-full.js', floorOf: 'widget full' },
  'widget compact': { tag: 'kz-af-trade', attributes: 'lang="en" variant="compact" no-actions', script: widgetFile },
  'floor compact': {
    tag: 'kz-floor',
    attributes: 'lang="en" variant="compact" no-actions',
    script: '/bench/floor-compact.js',
    floorOf: 'widget compact',
  },
  'Chart.js 4': { tag: 'chartjs-bars', attributes: '', script: '/bench/chartjs-bars.js' },
};

const paragraph =
  '<p>Kazakhstan wants to expand its trade with Afghanistan. At an economic forum, the Deputy Prime Minister gave the figures for the first eight months of the year, and the projects that should follow them.</p>';
const article = (head, body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>body{margin:0;font:16px/1.5 Georgia,serif}main{max-inline-size:42rem;margin:0 auto;padding:0 16px}</style>
<script>
window.__cls = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
</script>${head}</head><body><main><h1>Trade with Afghanistan</h1>${paragraph}${body}</main></body></html>`;

function page(name, count) {
  const { tag, attributes, script } = subjects[name];
  const instances = Array.from({ length: count }, () => `<${tag} ${attributes}></${tag}>${paragraph}`).join('\n');
  return article(
    '',
    `${instances}<script type="module" src="${script}"></script>
<script type="module">
await customElements.whenDefined(${JSON.stringify(tag)});
await Promise.all([...document.querySelectorAll(${JSON.stringify(tag)})].map((el) => el.updateComplete));
requestAnimationFrame(() => {
  const start = performance.getEntriesByName(new URL(${JSON.stringify(script)}, location.href).href)[0].responseEnd;
  window.__rendered = performance.now() - start;
  performance.mark('kz-rendered');
});
</script>`,
  );
}

const pages = new Map();
let delay = scriptDelay;
const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  try {
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end(); // not a failed load worth printing
      return;
    }
    if (pages.has(url.pathname)) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(pages.get(url.pathname));
      return;
    }
    if (!/^\/(dist|bench)\/[\w./-]+\.js$/.test(url.pathname) || url.pathname.includes('..'))
      throw new Error('not served');
    const body = await source(url.pathname);
    await new Promise((done) => setTimeout(done, delay));
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

/** A fresh context and tab under `profile`, at `width` px; `use(tab, url)` loads the page `html`. */
async function withPage(html, { profile = profiles.desktop, width = 1280 } = {}, use) {
  const pathname = `/${Math.random().toString(36).slice(2)}.html`;
  pages.set(pathname, html);
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && console.error(`console: ${message.text()}`));
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await tab.emulateCPUThrottling(profile.cpu > 1 ? profile.cpu : null);
    if (profile.network) await tab.emulateNetworkConditions(profile.network);
    delay = profile.delay;
    return await use(tab, `${origin}${pathname}`);
  } finally {
    pages.delete(pathname);
    await context.close();
  }
}

/** One load: script → facts, main-thread script time, heap and DOM nodes. */
function load(name, count, profile) {
  return withPage(page(name, count), { profile }, async (tab, url) => {
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await tab.waitForFunction(() => window.__rendered !== undefined, { timeout: 120_000 });
    const rendered = await tab.evaluate(() => window.__rendered);
    await tab.evaluate(() => window.gc());
    const metrics = await tab.metrics();
    if (debug) console.error(name, count, JSON.stringify({ rendered, ...metrics }));
    return { rendered, script: metrics.ScriptDuration * 1000, heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes };
  });
}

/** The floor of a widget subject: its rendered shadow tree and stylesheet, stamped by no library. */
async function captureFloor(name) {
  const { tag, script } = subjects[name];
  return withPage(page(name, 1), {}, async (tab, url) => {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__rendered !== undefined);
    const { markup, styles } = await tab.evaluate((selector) => {
      const root = document.querySelector(selector).shadowRoot;
      return {
        markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
        styles: root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      };
    }, tag);
    if (!markup.includes('part="card"')) throw new Error(`${name} (${script}) did not render`);
    return `const t=document.createElement('template');t.innerHTML=${JSON.stringify(markup)};
const s=new CSSStyleSheet();s.replaceSync(${JSON.stringify(styles)});
customElements.define('kz-floor',class extends HTMLElement{connectedCallback(){if(this.shadowRoot)return;
const r=this.attachShadow({mode:'open'});r.adoptedStyleSheets=[s];r.append(t.content.cloneNode(true));}});`;
  });
}

/** Main-thread time of one full widget's load, by kind, from a Chromium trace. */
function breakdown(profile) {
  return withPage(page('widget full', 1), { profile }, async (tab, url) => {
    await tab.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'] });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__rendered !== undefined);
    const rendered = await tab.evaluate(() => window.__rendered);
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    // the page's mark at the facts' frame: its thread is the page's main thread, its time the end
    const mark = events.find((e) => e.name === 'kz-rendered');
    const to = mark.ts;
    const from = to - rendered * 1000; // trace timestamps are µs
    const within = events.filter(
      (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= from && e.ts <= to,
    );
    const sum = (names) =>
      within.filter((e) => names.includes(e.name)).reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
    return {
      compile: sum(['v8.compileModule', 'v8.compile']),
      evaluate: sum(['v8.evaluateModule']),
      microtasks: sum(['RunMicrotasks']),
      style: sum(['UpdateLayoutTree']),
      layout: sum(['Layout']),
      paint: sum(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers']),
      total: rendered,
    };
  });
}

/** The English edition's formatters (dist/esm/intl-format.js) set up and first used, timed alone in a fresh page. */
function intlSetup(profile) {
  return withPage(article('', ''), { profile }, async (tab, url) => {
    await tab.goto(url, { waitUntil: 'load' });
    return tab.evaluate(async () => {
      const [{ createFormatters }, { intlSettings }, { default: en }] = await Promise.all(
        ['/dist/esm/intl-format.js', '/dist/esm/locales/index.js', '/dist/esm/locales/en.js'].map(
          (file) => import(file),
        ),
      );
      const start = performance.now();
      const format = createFormatters(intlSettings.en, en.calendar);
      format.decimal(330.7);
      format.percent(0.957);
      format.monthRange('2022-01', '2022-08');
      return performance.now() - start;
    });
  });
}

/** 1,000 create/render/remove cycles in one page: the heap and DOM nodes they leave. */
function cycles() {
  return withPage(page('widget full', 1), {}, async (tab, url) => {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__rendered !== undefined);
    const client = await tab.createCDPSession();
    const measure = async () => {
      await new Promise((done) => setTimeout(done, 500));
      await tab.evaluate(() => window.gc());
      await tab.evaluate(() => window.gc());
      const { nodes, jsEventListeners } = await client.send('Memory.getDOMCounters');
      return { heap: (await tab.metrics()).JSHeapUsedSize, nodes, listeners: jsEventListeners };
    };
    const run = (count) =>
      tab.evaluate(async (n) => {
        const main = document.querySelector('main');
        for (let i = 0; i < n; i++) {
          const el = document.createElement('kz-af-trade');
          el.setAttribute('lang', 'en');
          main.append(el);
          await el.updateComplete;
          el.remove();
        }
      }, count);
    await run(50); // warm: every lazy path taken once
    const before = await measure();
    await run(1000);
    const middle = await measure();
    await run(1000);
    const after = await measure();
    return { before, middle, after };
  });
}

/** README's first snippet between paragraphs, its script injected after the first paint: CLS. */
async function readmeCls(width) {
  const readme = await readFile(path('README.md'), 'utf8');
  const snippet = /```html\n([^]*?)```/.exec(readme)[1].replace(/\s+integrity="sha384-…"/g, '');
  const [script] = /<script[^]*?<\/script>/.exec(snippet);
  const src = /src="([^"]+)"/.exec(script)[1].replace(/^https:\/\/cdn\.example\/kz-af-trade@[^/]+\//, '/dist/');
  const html = article('', `${snippet.replace(script, '')}${paragraph}`, 'fr');
  return withPage(html, { width }, async (tab, url) => {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.evaluate(
      (file) =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const element = document.createElement('script');
              element.type = 'module';
              element.src = file;
              element.onload = () => requestAnimationFrame(() => requestAnimationFrame(done));
              document.body.append(element);
            }),
          ),
        ),
      src,
    );
    await new Promise((done) => setTimeout(done, 250)); // late shifts (fonts, resize observers)
    return tab.evaluate(() => window.__cls);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianOf = async (n, measure) => {
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(await measure());
  return samples;
};

try {
  for (const name of Object.keys(subjects).filter((subject) => subjects[subject].floorOf))
    built[subjects[name].script] = await captureFloor(subjects[name].floorOf);
  const bytes = Object.fromEntries(
    await Promise.all(
      Object.entries(subjects).map(async ([name, { script }]) => [
        name,
        gzipSync(Buffer.from(await source(script)), { level: 9 }).length,
      ]),
    ),
  );

  const samples = {};
  const names = Object.keys(subjects);
  for (let run = 0; run <= runs; run++) {
    const order = names.map((_, i) => names[(i + run) % names.length]); // alternate who goes first
    for (const [profile, settings] of Object.entries(profiles)) {
      for (const count of counts) {
        for (const name of order) {
          const result = await load(name, count, settings);
          if (run > 0) (samples[`${name} ${count} ${profile}`] ??= []).push(result); // run 0 warms up
        }
      }
    }
    process.stderr.write(run === 0 ? 'warm-up done\n' : `run ${run}/${runs}\n`);
  }
  const pick = (name, count, profile, key) => median(samples[`${name} ${count} ${profile}`].map((s) => s[key]));

  const version = await browser.version();
  const cpu = cpus();
  console.log(
    `\n${version}, headless; ${cpu[0].model.trim()}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
      `Node ${process.versions.node}; medians of ${runs} runs (alternating order, after a warm-up)\n` +
      `desktop: no throttling, scripts delayed ${scriptDelay} ms; mobile: CPU 4× slower, Slow 4G (562.5 ms RTT, 1.44 Mbit/s)\n`,
  );
  const ms = (value) => value.toFixed(1);
  const ratio = (a, b) => (a / b).toFixed(2);
  const table = (header, rows) => {
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('');
  };
  table(
    [
      '',
      'JS gzip (B)',
      ...Object.keys(profiles).flatMap((profile) => counts.map((count) => `${profile}, ${count} (ms)`)),
      'main-thread script, desktop 1 / 100 (ms)',
      'JS heap per instance (KB)',
      'DOM nodes per instance',
    ],
    names.map((name) => [
      name,
      bytes[name],
      ...Object.keys(profiles).flatMap((profile) =>
        counts.map((count) => {
          const time = pick(name, count, profile, 'rendered');
          const { floorOf } = subjects[name];
          const floor = Object.keys(subjects).find((other) => subjects[other].floorOf === name);
          return floor && !floorOf
            ? `${ms(time)} (${ratio(time, pick(floor, count, profile, 'rendered'))}× floor)`
            : ms(time);
        }),
      ),
      `${ms(pick(name, 1, 'desktop', 'script'))} / ${ms(pick(name, 100, 'desktop', 'script'))}`,
      ((pick(name, 100, 'desktop', 'heap') - pick(name, 1, 'desktop', 'heap')) / 99 / 1024).toFixed(1),
      Math.round((pick(name, 100, 'desktop', 'nodes') - pick(name, 1, 'desktop', 'nodes')) / 99),
    ]),
  );

  console.log('Where one full widget’s time goes, script arrival → facts on screen (main thread, ms; medians):');
  const rows = [];
  for (const [profile, settings] of Object.entries(profiles)) {
    const traces = await medianOf(Math.max(3, Math.min(runs, 5)), () => breakdown(settings));
    const intl = median(await medianOf(5, () => intlSetup(settings)));
    const of = (key) => median(traces.map((trace) => trace[key]));
    rows.push([
      profile,
      ms(of('compile')),
      ms(of('evaluate')),
      ms(of('microtasks')),
      ms(intl),
      '0 (inside the file)',
      ms(of('style')),
      ms(of('layout')),
      ms(of('paint')),
      ms(of('total')),
    ]);
  }
  table(
    [
      'profile',
      'compile',
      'evaluate (define, upgrade)',
      'microtasks (first render)',
      'Intl set-up, timed alone (the one-file edition needs none)',
      'edition request',
      'style',
      'layout',
      'paint',
      'script → facts',
    ],
    rows,
  );

  const { before, middle, after } = await cycles();
  const kb = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `Create, render, remove (after 50 to warm up): the first 1,000 cycles ${kb(middle.heap - before.heap)} of JS heap, ` +
      `the next 1,000 ${kb(after.heap - middle.heap)}; DOM nodes ${before.nodes} → ${middle.nodes} → ${after.nodes}; ` +
      `event listeners ${before.listeners} → ${middle.listeners} → ${after.listeners}`,
  );

  const cls = [];
  for (const width of [360, 1280])
    cls.push(`${width} px: ${median(await medianOf(3, () => readmeCls(width))).toFixed(3)}`);
  console.log(`CLS of README’s first snippet, its script after the first paint: ${cls.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
