// The page's own Lit app (Lit from node_modules, whose Trusted Types policy is "lit-html"), for the
// frames where it shares a page with the widget's CDN file (test/csp/frame.test.ts).
import { LitElement, html } from 'lit';

customElements.define(
  'page-app',
  class extends LitElement {
    render() {
      return html`<p>The page’s own app</p>`;
    }
  },
);
