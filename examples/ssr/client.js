// The browser half of server.mjs: Lit's hydrate support first (it must patch LitElement before the
// element is defined), then the element from the same package, so the templates match the server's.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'kz-af-trade';
