import { html } from 'lit';
import type { ReuseAction, View } from './view.js';

// The page-wide listener that closes an open menu on a click outside it, one per open menu.
const outside = new WeakMap<HTMLDetailsElement, (event: Event) => void>();

/** Open: listen for a click outside the menu; closed: stop. */
function toggled(event: Event) {
  const menu = event.currentTarget as HTMLDetailsElement;
  const document = menu.ownerDocument;
  document.removeEventListener('pointerdown', outside.get(menu)!, true);
  if (!menu.open) return;
  const close = (click: Event) => click.composedPath().includes(menu) || (menu.open = false);
  outside.set(menu, close);
  document.addEventListener('pointerdown', close, true);
}

/** Escape closes the menu and gives the focus back to its button. */
function keydown(event: KeyboardEvent) {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !menu.open) return;
  menu.open = false;
  menu.querySelector('summary')!.focus();
}

/** The footer's one control: a native disclosure holding the reuse actions (keyboard and screen-reader correct by itself). */
export function shareMenu(view: View) {
  const { messages: m } = view;
  const action = (name: ReuseAction, label: string) =>
    html`<button type="button" part="action" @click=${() => view.reuse(name)}>${label}</button>`;
  return html`<details class="share" @toggle=${toggled} @keydown=${keydown}>
    <summary part="share">${m.shareMenu}</summary>
    <div class="menu" role="group" aria-label=${m.actionsLabel}>
      ${action('copy', m.copyFacts)} ${action('csv', m.downloadData)} ${action('svg', m.downloadSvg)}
      ${action('png', m.downloadPng)}
    </div>
  </details>`;
}
