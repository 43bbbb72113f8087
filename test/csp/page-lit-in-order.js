// Loads the page's own Lit app and the widget's CDN file one after the other, in the order the
// frame's `?first=` names (`app` or `widget`): no inline script, which the policy forbids.
const files = { app: '/test/csp/page-lit-app.js', widget: '/dist/kz-af-trade.js' };
const first = new URLSearchParams(location.search).get('first') === 'widget' ? 'widget' : 'app';
await import(files[first]);
await import(files[first === 'app' ? 'widget' : 'app']);
