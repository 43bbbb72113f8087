// web-test-runner side of the example and demo pages the browser tests load in iframes:
// - examplesPlugin bundles examples/react and examples/vue (scripts/build-examples.mjs) when the
//   test server starts, so the tests never load a stale bundle;
// - pagesCsp serves /examples/**/*.html and /demo/**/*.html with the strict policy that
//   scripts/serve.mjs sends (scripts/csp.mjs), so those pages are tested under it. Vue creates a Trusted Types
//   policy of its own, named 'vue', so a Vue app's policy allows that name too.
//   examples/frameworks (test/examples/frameworks-*.test.ts) likewise: Svelte's own Trusted Types
//   policy is 'svelte-trusted-html', the Solid page makes one named 'solid' for Solid's templates;
//   Alpine's standard build compiles each expression with `new Function`, which no Trusted Types
//   policy covers, so the Alpine page alone has 'unsafe-eval' and no Trusted Types (a strict site
//   would use Alpine's CSP build instead);
// - the examples/frameworks pages get, when the tests serve them, a first script that records every
//   console.warn and console.error and every uncaught error in `kzReports` (frameworkReports),
//   so a test sees what the page said from its very start.
import { buildExamples } from '../../scripts/build-examples.mjs';
import { strictPolicy } from '../../scripts/csp.mjs';

// The examples bundle the npm entry with the app's own Lit, whose policy is "lit-html"; the demo
// loads the CDN files, whose Lit's is "kz-af-trade".
const policy = strictPolicy('lit-html');

const reportsScript = '/test/examples/frameworks-reports.js';
const frameworkReports = `window.kzReports = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    kzReports.push(\`console.\${level}: \${args.map(String).join(' ')}\`);
    original.apply(console, args);
  };
}
addEventListener('error', (event) => kzReports.push(\`uncaught: \${event.message}\`));
addEventListener('unhandledrejection', (event) => kzReports.push(\`unhandled rejection: \${event.reason}\`));
`;

// By path prefix; any other example page gets `policy`.
const pagePolicies = {
  // the demo loads the CDN files
  '/demo/': strictPolicy(),
  '/examples/vue/': `${policy} vue`,
  '/examples/frameworks/svelte/': `${policy} svelte-trusted-html`,
  '/examples/frameworks/solid/': `${policy} solid`,
  '/examples/frameworks/alpine/': "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'",
  // Lit's SSR writes the element's styles inline: a newsroom admits them by hash (README), the test
  // page by 'unsafe-inline', since the hash changes with every stylesheet edit.
  '/examples/ssr/': policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export function examplesPlugin() {
  return {
    name: 'kz-examples',
    serve(context) {
      if (context.path === reportsScript) return { body: frameworkReports, type: 'js' };
    },
    transform(context) {
      if (/^\/examples\/frameworks\/.*\.html$/.test(context.path) && typeof context.body === 'string') {
        return { body: context.body.replace('<head>', `<head>\n    <script src="${reportsScript}"></script>`) };
      }
    },
    async serverStart() {
      try {
        await buildExamples({ quiet: true });
      } catch (error) {
        // Only the example tests need the bundles: they fail on their own, the rest still runs.
        console.warn(`\nExamples not built (test/examples will fail): ${error.message}\n`);
      }
    },
  };
}

export async function pagesCsp(ctx, next) {
  await next();
  if (/^\/(examples|demo)\/([\w-]+\/)*[\w-]+\.html$/.test(ctx.path)) {
    const prefix = Object.keys(pagePolicies).find((start) => ctx.path.startsWith(start));
    const pagePolicy = prefix ? pagePolicies[prefix] : policy;
    ctx.set({ 'Content-Security-Policy': pagePolicy, 'Cache-Control': 'no-store' });
  }
}
