// A newsroom's own server rendering <kz-af-trade> with Lit's SSR, from the npm package: load the
// edition's words, then render. The page it writes shows every fact before any script runs, and
// client.js (the same package with Lit's hydrate support) takes it over without re-rendering.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadEdition } from 'kz-af-trade';

/** The element's markup, with its declarative shadow DOM, for the edition `lang`. */
export async function renderWidget(lang) {
  await loadEdition(lang);
  return collectResult(render(html`<kz-af-trade lang=${lang}></kz-af-trade>`));
}

/** A whole page around it: the markup, then the client script. */
export async function renderPage(lang) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>kz-af-trade, server-rendered</title></head>
<body>
<article>${await renderWidget(lang)}</article>
<script type="module" src="client.js"></script>
</body>
</html>
`;
}
