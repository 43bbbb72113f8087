// Checks what `npm pack` would publish, from the current build (run after `npm run build`;
// CI runs it after `npm test`): every file the package needs is there, every path package.json
// points at is there, and nothing else is: no tests, demo, examples, sources, source maps or
// build reports.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// --ignore-scripts: check this build as it is, without prepack rebuilding it
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = report.files.map((file) => file.path);
const packed = new Set(files);

const required = [
  'package.json',
  'README.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'LICENSE',
  'custom-elements.json',
  'dist/kz-af-trade.js',
  ...['fr', 'en', 'ru', 'kk', 'fa', 'ps'].map((edition) => `dist/kz-af-trade.${edition}.js`), // one file per edition
  'dist/kz-af-trade.iife.js', // the classic script, the one file an integrity hash pins whole
  'dist/kz-af-trade.hydrate.js', // for the pre-rendered embeds
  'dist/sri.json', // README tells newsrooms to take their integrity hashes from it
  'dist/esm/index.js',
  'dist/esm/index.d.ts',
  'dist/esm/kz-af-trade.js',
  'dist/esm/kz-af-trade.d.ts',
  'dist/esm/kz-af-trade.component.js', // the class alone, no tag defined
  'dist/esm/kz-af-trade.component.d.ts',
  'dist/esm/kz-af-trade.jsx.d.ts', // JSX typings for React and Preact
  'dist/esm/generated/jsx-types.d.ts', // their props, generated from the manifest
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
];

// Every path package.json names must be published.
const strip = (path) => path.replace(/^\.\//, '');
const referenced = [
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  pkg['web-types'],
  ...pkg.sideEffects,
  ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
].filter(Boolean);

const allowed = [
  /^(package\.json|README\.md|CHANGELOG\.md|SECURITY\.md|LICENSE|custom-elements\.json)$/,
  /^dist\/kz-af-trade(-[\w-]+)?\.js$/, // the CDN bundle and its edition chunks
  /^dist\/kz-af-trade\.(iife|hydrate|[a-z]{2})\.js$/, // the classic script, the hydrating bundle, one file per edition
  /^dist\/sri\.json$/, // Subresource Integrity hashes
  /^dist\/(web-types|vscode\.(html|css)-custom-data)\.json$/, // JetBrains and VS Code, from the manifest
  /^dist\/embed\/[\w.-]+\.(html|js|css|json)$/, // pre-rendered snippets and iframe pages
  /^dist\/esm\/[\w/.-]+\.(js|d\.ts)$/, // the npm entry: unbundled modules and their types
];
const forbidden = [/(^|\/)(test|tests|demo|examples|src|scripts|docs)\//, /\.test\.|\.map$/];

const problems = [
  ...required.filter((path) => !packed.has(path)).map((path) => `missing: ${path}`),
  ...referenced
    .map(strip)
    .filter((path) => !packed.has(path))
    .map((path) => `package.json names ${path}, not packed`),
  ...files.filter((path) => forbidden.some((re) => re.test(path))).map((path) => `must not be published: ${path}`),
  ...files
    .filter((path) => !forbidden.some((re) => re.test(path)) && !allowed.some((re) => re.test(path)))
    .map((path) => `unexpected file (allow it in scripts/check-pack.mjs if it belongs): ${path}`),
];

if (problems.length) {
  console.error(`npm pack contents (${report.filename}):\n  ${problems.join('\n  ')}`);
  if (problems.some((p) => p.startsWith('missing: dist/'))) console.error('Is the package built? npm run build');
  process.exit(1);
}
console.log(`npm pack: ${files.length} files, ${(report.size / 1024).toFixed(1)} kB packed, contents as expected.`);
