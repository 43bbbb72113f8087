// web-test-runner: runs test/**/*.test.ts in every installed real engine, all from Debian
// packages (no browser downloads): Chromium and Firefox ESR through puppeteer-core (Firefox
// over WebDriver BiDi), WebKit through WebKitWebDriver + MiniBrowser under an Xvfb of our own.
//
//   apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb
//
// Environment:
//   KZ_ENGINES=webkit                      run only these engines (comma list of chromium,
//                                          firefox, webkit), e.g. KZ_ENGINES=chromium,firefox;
//                                          one of them not installed is an error
//   KZ_REQUIRE_ENGINES=chromium,firefox,webkit
//                                          a missing engine in this list is an error (CI sets it);
//                                          otherwise missing engines are skipped with a note
//
// Groups: the root `files` are the default group (everything but test/dist/**); the `dist`
// group (test/dist/**/*.test.ts, tests of the built dist/kz-af-trade.js) is added only when such
// files exist, since web-test-runner fails on a group whose glob matches nothing.
// `--group default` runs the default group alone, `--group dist` the dist group alone.
// The `csp` group (test/csp/**/*.test.ts) runs on pages served with the strict Content-Security-
// Policy (see cspMiddleware below): `--group csp`.
//
// Command support (@web/test-runner-commands): Chromium: all. Firefox (BiDi): setViewport,
// sendKeys, sendMouse yes; emulateMedia no (puppeteer needs CDP for it). WebKit (webdriver):
// sendKeys, sendMouse yes; setViewport, emulateMedia no.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { forcedColorsPlugin } from './test/plugins/forced-colors.mjs';
import { rsvgPlugin } from './test/plugins/rsvg.mjs';
import { webkitLauncher } from './test/launchers/webkit.mjs';
import { strictPolicy } from './scripts/csp.mjs';
import { examplesPlugin, pagesCsp } from './test/examples/server.mjs';

const INSTALL_HINT = 'apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

const CHROMIUM = chromiumPath;
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

// Concurrent test files per engine. 2 cores: two pages each for Chromium and Firefox;
// WebKit runs one page at a time (see test/launchers/webkit.mjs).
const PAGES = 2;

// One page per window: a second *tab* in the same window is a background tab whose timers and
// rendering are throttled, and its tests hang.
const createPage = ({ context }) => context.newPage({ type: 'window' });

// chromeLauncher labels a system Chromium "Chrome" in the progress output
const named = (name, options) => Object.assign(chromeLauncher(options), { name });

const ENGINES = {
  chromium: {
    binaries: [CHROMIUM],
    version: () => run(CHROMIUM, ['--version']),
    launcher: () =>
      named('Chromium', {
        concurrency: PAGES,
        createPage,
        launchOptions: {
          executablePath: CHROMIUM,
          headless: true,
          // window.gc(), for the leak test's heap check (test/load.test.ts)
          args: [...chromiumArgs, '--js-flags=--expose-gc'],
        },
      }),
  },
  firefox: {
    binaries: [FIREFOX],
    version: () => run(FIREFOX, ['--version']),
    launcher: () =>
      named('Firefox', {
        // One window at a time: only the focused window gets real keyboard focus, :focus-visible and
        // Enter/Space activation, and headless Firefox focuses just one of several windows.
        concurrency: 1,
        createPage,
        // puppeteer-core with browser: 'firefox' speaks WebDriver BiDi to the installed Firefox
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      }),
  },
  webkit: {
    binaries: [WEBKIT_DRIVER, XVFB],
    version: () =>
      run('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver']).then((v) => v && `WebKitGTK ${v}`),
    launcher: () => webkitLauncher({ driverPath: WEBKIT_DRIVER, xvfbPath: XVFB }),
  },
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function run(cmd, args) {
  try {
    const { stdout } = await promisify(execFile)(cmd, args, { timeout: 5_000 });
    return stdout.trim();
  } catch {
    return '';
  }
}

function engineList(name) {
  const raw = process.env[name];
  if (!raw?.trim()) return undefined;
  const list = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((e) => !(e in ENGINES));
  if (unknown.length) {
    fail(`${name}: unknown engine(s) ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}`);
  }
  return list;
}

function fail(...lines) {
  console.error(`\n${lines.join('\n')}\n`);
  process.exit(1);
}

function hasFiles(dir, suffix) {
  try {
    return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith(suffix));
  } catch {
    return false;
  }
}

const missingBinaries = (name) => ENGINES[name].binaries.filter((b) => !isExecutable(b));
const selected = engineList('KZ_ENGINES') ?? Object.keys(ENGINES);
const required = engineList('KZ_REQUIRE_ENGINES') ?? [];

const installed = Object.keys(ENGINES).filter((name) => missingBinaries(name).length === 0);
const notInstalled = (name) => `${name} (missing ${missingBinaries(name).join(', ')})`;

if (installed.length === 0) {
  fail('No browser engine is installed for the tests. Install them with:', INSTALL_HINT);
}
const missingRequired = [...new Set([...required, ...(process.env.KZ_ENGINES ? selected : [])])].filter(
  (name) => !installed.includes(name),
);
if (missingRequired.length) {
  fail(`Required engine(s) not installed: ${missingRequired.map(notInstalled).join(', ')}`, INSTALL_HINT);
}

const engines = selected.filter((name) => installed.includes(name));
const skipped = selected.filter((name) => !installed.includes(name));
const versions = await Promise.all(engines.map((name) => ENGINES[name].version()));
console.log(
  `Engines: ${engines.map((name, i) => (versions[i] ? `${name} (${versions[i]})` : name)).join(', ')}` +
    (skipped.length ? `; skipped, not installed: ${skipped.map(notInstalled).join(', ')}` : ''),
);

const browsers = engines.map((name) => ENGINES[name].launcher());

// web-test-runner itself stops cleanly only on SIGINT (Ctrl-C). On SIGTERM/SIGHUP exit at once
// (else puppeteer closes its browser and the runner starts a new one); 'exit' handlers then
// kill the browsers, and the WebKit launcher's kill WebKitWebDriver and Xvfb.
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => process.exit(code));
}
// puppeteer's own 'exit' handler kills only every other browser (each kill unsubscribes from the
// list its dispatcher is iterating), so on exit kill every child process that leads its own
// process group: puppeteer starts each browser that way (Xvfb and WebKitWebDriver stay in our
// group and are stopped by the WebKit launcher). Linux /proc only.
process.on('exit', () => {
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === process.pid && pgrp === pid) process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
});

const root = new URL('./', import.meta.url);
const hasDistTests = hasFiles(fileURLToPath(new URL('test/dist/', root)), '.test.ts');
const hasCspTests = hasFiles(fileURLToPath(new URL('test/csp/', root)), '.test.ts');

// The `csp` group (test/csp/**): the strict Content-Security-Policy of issue 6, the one
// scripts/serve.mjs sends and the README recommends. Its runner page is served with exactly this
// policy, except that script-src also lists the sha256 of each inline <script> web-test-runner
// itself injects into that page (its config and browser-log capture): the runner cannot start
// without them, and a hash allows those exact bytes only. Every test/csp/**/*.html (pages the
// tests load in an iframe) gets the policy byte for byte.
// The runner page runs the source suite (the development Lit: "lit-html") and the built bundle's
// ("kz-af-trade"); a frame page gets the policies its test asks for (`?trusted-types=`), else the
// widget's alone, as a page embedding its CDN files would.
const CSP = strictPolicy('kz-af-trade lit-html');
const framePolicy = (ctx) =>
  strictPolicy(/^[\w -]+$/.test(String(ctx.query['trusted-types'] ?? '')) ? ctx.query['trusted-types'] : undefined);
const CSP_MARKER = '<meta name="kz-csp-group">';
const inlineScripts = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
/** A pre-rendered snippet of dist/embed/, its script and edition preload (relative to dist/embed/) rebased on `base`. */
const prerenderedSnippet = (name, base) =>
  readFileSync(new URL(`dist/embed/${name}.html`, root), 'utf8').replaceAll('="../', `="${base}`);
// A pre-rendered snippet of dist/embed/ in a page of its own, under the strict policy: with
// `?style=hash`, style-src also lists the hashes dist/embed/csp.json publishes for the snippets'
// one inline <style> (what the README tells a strict site to add); without, the policy as is.
const embedPage = /^\/test\/csp\/embed\/([a-z]{2}-(?:full|compact))\.html$/;
function servePrerendered(ctx, name) {
  const snippet = prerenderedSnippet(name, '/dist/');
  const styleHashes = JSON.parse(readFileSync(new URL('dist/embed/csp.json', root), 'utf8'))['style-src'];
  const policy =
    ctx.query.style === 'hash'
      ? strictPolicy().replace("style-src 'self'", ["style-src 'self'", ...styleHashes].join(' '))
      : strictPolicy();
  ctx.set({ 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
  ctx.type = 'html';
  ctx.body = `<!doctype html><html><head><meta charset="utf-8"><script src="/test/csp/probe.js"></script></head><body>${snippet}</body></html>`;
}

// dist/ with edition files gone, as when a reader goes offline after the script arrived or a CDN
// lost a file (test/dist/unreachable-editions.test.ts): /test/unreachable/<editions, comma-
// separated, or all>/<a file of dist/>, and page.html?lang=<tag> (or ?snippet=<a dist/embed/ snippet>)
// that embeds that copy.
const unreachablePath = /^\/test\/unreachable\/([a-z,]+)\/([\w.-]+)$/;
async function unreachableEditions(ctx, next) {
  const match = unreachablePath.exec(ctx.path);
  if (!match) return next();
  const [, missing, file] = match;
  if (file === 'page.html') {
    const lang = String(ctx.query.lang ?? '').replace(/[^\w-]/g, '');
    const snippet = String(ctx.query.snippet ?? '').replace(/[^\w-]/g, '');
    // a script-tag embed with fallback content, or (?snippet=fr-full) a pre-rendered one
    const body = snippet
      ? prerenderedSnippet(snippet, '')
      : `<kz-af-trade lang="${lang}"><div><a href="#figures">The figures of the story</a></div></kz-af-trade>
<script type="module" src="kz-af-trade.js"></script>`;
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.kzWarnings = []; console.warn = (...args) => kzWarnings.push(args.map(String).join(' '));</script>
<script src="/node_modules/axe-core/axe.min.js"></script></head>
<body>${body}</body></html>`;
    return;
  }
  const edition = /^kz-af-trade-([a-z]{2})-/.exec(file)?.[1];
  if (edition && (missing === 'all' || missing.split(',').includes(edition))) {
    ctx.status = 404;
    return;
  }
  ctx.type = 'js';
  ctx.body = readFileSync(new URL(`dist/${file}`, root));
}

async function cspMiddleware(ctx, next) {
  const prerendered = embedPage.exec(ctx.path);
  if (prerendered) return servePrerendered(ctx, prerendered[1]);
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
    ctx.set({ 'Content-Security-Policy': framePolicy(ctx), 'Cache-Control': 'no-store' });
  } else if (ctx.path === '/' && typeof ctx.body === 'string' && ctx.body.includes(CSP_MARKER)) {
    const hashes = [...ctx.body.matchAll(inlineScripts)].map(
      ([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
    );
    const policy = CSP.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
    ctx.set({ 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
  }
}
// No inline script of our own: the framework, then the Lit dev-warning hooks, as external modules
// (module scripts run in document order, as the default group's single inline module does).
const cspGroup = {
  name: 'csp',
  files: 'test/csp/**/*.test.ts',
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head>${CSP_MARKER}</head>
  <body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/setup/lit-dev-warnings.js"></script>
  </body>
</html>`,
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(root),
  hostname: '127.0.0.1',
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/csp/**'],
  groups: [
    ...(hasDistTests ? [{ name: 'dist', files: 'test/dist/**/*.test.ts' }] : []),
    ...(hasCspTests ? [cspGroup] : []),
  ],
  // pagesCsp: examples/ and demo/ pages, loaded in iframes by test/examples, get the strict CSP too;
  // unreachableEditions: dist/ with edition files missing
  middleware: [cspMiddleware, pagesCsp, unreachableEditions],
  // lit's development build (dev warnings, readable stacks); src/ .ts is resolved from .js imports
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', root)) }),
    // bundles examples/react and examples/vue from the build before the tests start
    examplesPlugin(),
    // forced colours for test/accessibility.test.ts, in Chromium
    forcedColorsPlugin(),
    // the exported SVG drawn by librsvg's rsvg-convert, for test/export-render.test.ts
    rsvgPlugin(),
  ],
  // The mocha framework first (it defines `mocha`), then the Lit dev-warning hooks; the test
  // module itself is imported later by the framework. The empty icon keeps WebKit from fetching
  // /favicon.ico into the page's Resource Timing, which test/dist/no-third-party.test.ts reads.
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><link rel="icon" href="data:,"></head>
  <body>
    <script type="module">
      import '${testFramework}';
      import '/test/setup/lit-dev-warnings.js';
    </script>
  </body>
</html>`,
  browsers,
  // all engines at once: the WebKit and Firefox starts (seconds) overlap Chromium's tests
  concurrentBrowsers: 3,
  // WebKit under Xvfb and Firefox start slowly on 2 cores when everything runs at once
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  // Per test file. Only a hang that mocha's own timeouts cannot end (a frozen or crashed page)
  // should reach it: it exceeds the sum of the per-test bounds of the longest file
  // (test/load.test.ts, 280 s), which 180 s did not.
  testsFinishTimeout: 600_000,
  // Mocha's per-test timeout (default 2 s), a bound for hangs only: the slowest test under the
  // default takes about 4 s in WebKit with every engine and busy loops on one core, 12 s in a
  // Chromium page throttled 25 times (10 s cut that one off). The tests wait for events, not times.
  testFramework: { config: { timeout: 30_000 } },
};
