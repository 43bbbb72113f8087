// The strict Content-Security-Policy the README recommends, once for the demo server and every
// test page. `trustedTypes`: the Trusted Types policies the page's scripts create: "kz-af-trade"
// for the widget's CDN files (scripts/rollup/lit-policy.mjs), "lit-html" for an app's own Lit
// (which the npm entry, dist/esm/, uses), both where a page has both.
const widgetTrustedTypes = 'kz-af-trade';

export const strictPolicy = (trustedTypes = widgetTrustedTypes) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
