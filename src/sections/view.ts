import { html, nothing } from 'lit';
import type { Formatters } from '../format.js';
import type { Messages } from '../locales/index.js';
import type { Section } from '../options.js';

/** What a reader can do with the figures: copy a section, download the data or the chart. */
export type ReuseAction = 'csv' | 'svg' | 'png' | Section;

/** What every section draws with; a section module takes it as an argument and never imports the element. */
export interface View {
  messages: Messages;
  format: Formatters;
  /** An amount in millions of US dollars, in the edition's words. */
  money: (millions: number) => string;
  /** The level of the card's heading (2–6); section headings sit one below. */
  level: number;
  /** Whether the reuse actions are shown. */
  actions: boolean;
  reuse: (action: ReuseAction) => void;
}

// One small template per level: native <h2>–<h6> (the first rule of ARIA), lighter than static-html.
const headings = [
  (id: string, offset: 0 | 1, text: string) =>
    html`<h2 id=${id} part=${offset ? 'section-heading' : 'heading'} class="heading-${offset}">${text}</h2>`,
  (id: string, offset: 0 | 1, text: string) =>
    html`<h3 id=${id} part=${offset ? 'section-heading' : 'heading'} class="heading-${offset}">${text}</h3>`,
  (id: string, offset: 0 | 1, text: string) =>
    html`<h4 id=${id} part=${offset ? 'section-heading' : 'heading'} class="heading-${offset}">${text}</h4>`,
  (id: string, offset: 0 | 1, text: string) =>
    html`<h5 id=${id} part=${offset ? 'section-heading' : 'heading'} class="heading-${offset}">${text}</h5>`,
  (id: string, offset: 0 | 1, text: string) =>
    html`<h6 id=${id} part=${offset ? 'section-heading' : 'heading'} class="heading-${offset}">${text}</h6>`,
];

/** The card's heading (`offset` 0) or a section's (1), one level below the card's, at most `<h6>`. */
export const heading = (view: View, text: string, id: string, offset: 0 | 1) =>
  headings[Math.min(6, view.level + offset) - 2](id, offset, text);

/** A section's heading, with its copy button unless actions are hidden. */
export const sectionHead = (view: View, name: Section, text: string) =>
  html`<div class="section-head">
    ${heading(view, text, `${name}-heading`, 1)}
    ${
      view.actions
        ? html`<button type="button" part="action" class="copy" @click=${() => view.reuse(name)}>
            ${view.messages.copy}<span class="visually-hidden"> ${text}</span>
          </button>`
        : nothing
    }
  </div>`;

/** Items joined with the edition's "and"; `isolate` wraps each in `<bdi>` (names in another script). */
export const list = (view: View, items: readonly string[], isolate = false) =>
  view.format.list(items).map(({ type, value }) => (type === 'element' && isolate ? html`<bdi>${value}</bdi>` : value));
