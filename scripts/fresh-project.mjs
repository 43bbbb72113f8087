/* global document, customElements -- used in page.evaluate callbacks, which run in the page */
// `npm run test:fresh-project` (CI runs it after `npm test`): the package as a front-end team meets
// it. Packs the built package, creates a fresh Vite + React 19 + TypeScript (strict) project in
// .tmp/fresh-project/ that installs the tarball, and checks that:
// - the code that must compile does (the defining entry, the class entry under another name, every
//   attribute, property and event typed), and every `@ts-expect-error` line is an error;
// - the editor completes `variant`'s values and the element's props (TypeScript's language
//   service, as VS Code asks it);
// - `vite build` bundles it, and the built page renders the widget in Debian's Chromium.
// Exits 1 with the reason on the first failure. Run `npm run build` (or `npm test`) first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.tmp/fresh-project');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args, cwd = dir) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
const fail = (message) => {
  console.error(`fresh project: ${message}`);
  process.exit(1);
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'src'), { recursive: true });
// the package as published (the build is already in dist/: no second build)
const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));

// The same versions as this repository's devDependencies, so npm finds them in its cache.
const dev = pkg.devDependencies;
const files = {
  'package.json': JSON.stringify(
    {
      name: 'fresh-project',
      private: true,
      type: 'module',
      dependencies: { 'kz-af-trade': `file:./${filename}`, react: dev.react, 'react-dom': dev['react-dom'] },
      devDependencies: {
        '@types/react': dev['@types/react'],
        '@types/react-dom': dev['@types/react-dom'],
        typescript: dev.typescript,
        vite: dev.vite,
      },
    },
    null,
    2,
  ),
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    },
    include: ['src'],
    exclude: ['src/complete.tsx'], // unfinished on purpose: where the editor is asked for completions
  }),
  'vite.config.js': `export default { oxc: { jsx: { runtime: 'automatic' } } };\n`,
  'index.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fresh project</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n`,
  'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'kz-af-trade';
import { KzAfTrade as KzAfTradeClass } from 'kz-af-trade/kz-af-trade.component.js';
import type { KzAfTrade, KzAfTradeEvent, PublisherData } from 'kz-af-trade';

customElements.define('newsroom-trade-box', class extends KzAfTradeClass {});

const correction: PublisherData = { totalMillionUsd: 330.7, kzExportsMillionUsd: 316.5 };

function App() {
  return (
    <main>
      <kz-af-trade
        id="card"
        lang="fr"
        variant="compact"
        theme="light"
        heading-level={2}
        noActions
        data={correction}
        ref={(element: KzAfTrade | null) => void element?.updateComplete}
        onkz-af-trade-view={(event: KzAfTradeEvent<'kz-af-trade-view'>) => console.log(event.detail.view)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
  // Compiled, never run: every line after a @ts-expect-error must be a type error.
  'src/errors.tsx': `export const errors = [
  // @ts-expect-error not a variant
  <kz-af-trade variant="wide" />,
  // @ts-expect-error heading levels are 2–6
  <kz-af-trade heading-level={7} />,
  // @ts-expect-error a figure is a number
  <kz-af-trade data={{ totalMillionUsd: 'lots' }} />,
  // @ts-expect-error a typo of a property
  <kz-af-trade noActoins />,
  // @ts-expect-error not a theme
  <kz-af-trade theme="sepia" />,
];
`,
  'src/complete.tsx': `export const probe = <kz-af-trade variant="" />;\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

console.log(
  `fresh project: installing ${filename}, React ${dev.react}, TypeScript ${dev.typescript}, Vite ${dev.vite}`,
);
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);

// Types: what must compile does, and every expected error is one.
try {
  run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
} catch (error) {
  fail(`tsc found errors:\n${error.stdout}`);
}

// Completions, as an editor asks TypeScript's language service for them.
const ts = createRequire(join(dir, 'package.json'))('typescript');
const config = ts.parseJsonConfigFileContent(JSON.parse(files['tsconfig.json']), ts.sys, dir);
const service = ts.createLanguageService({
  getCompilationSettings: () => config.options,
  getScriptFileNames: () => [...config.fileNames, join(dir, 'src/complete.tsx')],
  getScriptVersion: () => '1',
  getScriptSnapshot: (file) =>
    ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)) : undefined,
  getCurrentDirectory: () => dir,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});
const probe = join(dir, 'src/complete.tsx');
const complete = (offset) =>
  (service.getCompletionsAtPosition(probe, offset, {})?.entries ?? []).map((entry) => entry.name);
const values = complete(files['src/complete.tsx'].indexOf('""') + 1);
if (!['full', 'compact'].every((value) => values.includes(value)))
  fail(`variant's values not completed: ${values.join(', ')}`);
const props = complete(files['src/complete.tsx'].indexOf('variant'));
for (const name of [
  'lang',
  'sections',
  'theme',
  'heading-level',
  'no-actions',
  'noActions',
  'data',
  'onkz-af-trade-action',
])
  if (!props.includes(name)) fail(`the prop ${name} is not completed (got ${props.length} names)`);
console.log(
  `fresh project: tsc passes with ${files['src/errors.tsx'].split('@ts-expect-error').length - 1} expected errors; completes variant (${values.join(', ')}) and the props`,
);

// Bundle, serve and render.
run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://127.0.0.1').pathname.replace(/\/$/, '/index.html');
  try {
    const body = readFileSync(join(dir, 'dist', path.replace(/\.\./g, '')));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteerCore.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('#card')?.shadowRoot?.querySelector('[part~="heading"]'), {
    timeout: 30_000,
  });
  const seen = await tab.evaluate(() => {
    const card = document.querySelector('#card');
    return {
      heading: card.shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
      actions: card.shadowRoot.querySelectorAll('[part~="share"]').length,
      subclass: customElements.get('newsroom-trade-box') !== undefined,
    };
  });
  const { default: fr } = await import(join(root, 'dist/esm/locales/fr.js'));
  if (seen.heading !== fr.title) fail(`the widget's heading is not the French title: ${seen.heading}`);
  if (seen.actions !== 0) fail('noActions did not hide the actions');
  if (!seen.subclass) fail('the class entry did not define the subclass');
  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  console.log(
    `fresh project: vite build renders the widget ("${seen.heading}"), the class entry's subclass is defined`,
  );
} finally {
  await browser.close();
  server.close();
}
