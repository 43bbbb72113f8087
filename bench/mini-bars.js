/* global HTMLElement, customElements */
// Benchmark floor (C): a minimal hand-written custom element with no library: the total and
// the two bars on one scale, in a shadow root, written once on connection.
const css = `:host{display:block;font:inherit;line-height:1.45}p{margin:0 0 .5rem}
.r{display:grid;grid-template-columns:1fr auto;gap:.25rem .75rem;margin-block-end:.5rem}
svg{grid-column:1/-1;display:block;inline-size:100%;block-size:.75rem}
.t{fill:#eceef1}.k{fill:#0b6e99}.a{fill:#c2410c}`;
const bar = (label, value, total, cls) =>
  `<div class="r"><span>${label}</span><b>$${value} million</b>` +
  `<svg aria-hidden="true"><rect class="t" width="100%" height="100%"/>` +
  `<rect class="${cls}" width="${(value / total) * 100}%" height="100%"/></svg></div>`;

class MiniBars extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      `<style>${css}</style><p>Kazakhstan–Afghanistan trade, January–August 2022: <b>$330.7 million</b></p>` +
      bar('Kazakh exports', 316.5, 330.7, 'k') +
      bar('Afghan exports (derived)', 14.2, 330.7, 'a');
  }
}
customElements.define('mini-bars', MiniBars);
