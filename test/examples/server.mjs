// web-test-runner side of the example and demo pages the browser tests load in iframes:
// - examplesPlugin bundles examples/react and examples/vue (scripts/build-examples.mjs) when the
//   test server starts, so the tests never load a stale bundle;
// - pagesCsp serves /examples/**/*.html and /demo/**/*.html with the strict policy that
//   scripts/serve.mjs sends, so those pages are tested under it. Vue creates a Trusted Types
//   policy of its own, named 'vue', so a Vue app's policy allows that name too.
import { buildExamples } from '../../scripts/build-examples.mjs';

export const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export function examplesPlugin() {
  return {
    name: 'kz-examples',
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
    const pagePolicy = ctx.path.startsWith('/examples/vue/') ? `${policy} vue` : policy;
    ctx.set({ 'Content-Security-Policy': pagePolicy, 'Cache-Control': 'no-store' });
  }
}
