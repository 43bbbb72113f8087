// Makes Lit dev-mode warnings fail tests. Loaded by web-test-runner.config.mjs's testRunnerHtml
// right after the mocha framework module and before the test module (which the framework
// imports later), so it sees every warning Lit issues.
//
// - Lit's one-time "Lit is in dev mode" banner is expected: putting 'dev-mode' into
//   globalThis.litIssuedWarnings makes Lit skip it (Lit only issues a warning whose code or
//   text is not in that set; see issueWarning in @lit/reactive-element/development).
// - Every other Lit warning ("Multiple versions of Lit loaded", change-in-update, ...) ends with
//   "See https://lit.dev/msg/<code>"; those, plus the few that lit-html prints directly, are
//   recorded in globalThis.__litDevWarnings and fail the test during which they were issued.

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const warnings = (globalThis.__litDevWarnings = []);
const markers = [
  /lit\.dev\/msg\//,
  /^Attempted to render the template host/,
  /^Some template strings are undefined/,
  /^Lit has been loaded from a bundle/,
];

const originalWarn = console.warn;
console.warn = function (...args) {
  const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
  if (!text.includes('Lit is in dev mode') && markers.some((m) => m.test(text))) {
    warnings.push(text);
  }
  return originalWarn.apply(this, args);
};

function takeWarnings() {
  const found = warnings.splice(0);
  return found.length ? new Error(`Lit dev warning(s):\n${found.join('\n')}`) : undefined;
}

const { mocha } = globalThis;
if (!mocha?.suite) {
  throw new Error('lit-dev-warnings.js must be imported after the mocha test framework');
}
// Root hooks: this.test is the hook; hook.error(err) makes mocha fail the current test
// without skipping the rest of the file (a thrown error would abort the suite).
mocha.suite.afterEach(function litDevWarnings() {
  const error = takeWarnings();
  if (error) this.test.error(error);
});
// Warnings issued after the last test still fail the file.
mocha.suite.afterAll(function litDevWarningsAfterAll() {
  const error = takeWarnings();
  if (error) throw error;
});
