// Writes dist/<lang>.html with server.mjs (bundled by scripts/build-examples.mjs against the
// packed package): node examples/ssr/dist/render.js fr ru
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderPage } from './server.mjs';

const out = new URL('./', import.meta.url);
mkdirSync(out, { recursive: true });
for (const lang of process.argv.slice(2)) writeFileSync(new URL(`${lang}.html`, out), await renderPage(lang));
