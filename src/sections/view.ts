import { html } from 'lit';
import type { Formatters } from '../format.js';
import type { Messages } from '../locales/index.js';

/** What a reader can do with the figures: copy the facts, download the data or the chart. */
export type ReuseAction = 'copy' | 'csv' | 'svg' | 'png';

/** What every section draws with; a section module takes it as an argument and never imports the element. */
export interface View {
  messages: Messages;
  format: Formatters;
  /** An amount in millions of US dollars, short, for the figures on the card: "$330.7m". */
  short: (millions: number) => string;
  /** The level of the card's heading (2–6); section headings sit one below. */
  level: number;
  /** Whether the card reads right to left (its bars then grow from the right). */
  rtl: boolean;
  /** Whether the controls are shown (the data table's, the share menu). */
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

/** The citation marks: a reported figure's points to the source line, a calculated one's to the footnote. */
export const marks = { reported: '†', calculated: '*' } as const;

// The marks below are written into their templates, not bound: a binding costs every figure a part
// and a marker node (README, Performance). test/facts.test.ts checks that they are `marks`.

/** A calculated figure: its mark, pointing to the footnote of its arithmetic, and the word a screen reader hears there. */
export const calculated = (view: View, text: string) =>
  html`${text}<sup class="mark" aria-hidden="true">*</sup
    ><span class="visually-hidden"> (${view.messages.calculated})</span>`;

/** A reported figure: its mark, pointing to the source line (who said it, where, when), which screen readers hear at the card's end. */
export const reported = (text: string) => html`${text}<sup class="mark" aria-hidden="true">†</sup>`;

/**
 * Items joined with the edition's "and": one text, or with `isolate`, each item in a `<bdi>`
 * (names in another script). One text is one binding, where an array is a part per item.
 */
export const list = (view: View, items: readonly string[], isolate = false) => {
  const parts = view.format.list(items);
  return isolate
    ? parts.map(({ type, value }) => (type === 'element' ? html`<bdi>${value}</bdi>` : value))
    : parts.map(({ value }) => value).join('');
};

/** A list the article opens with "such as", read as open: "including …" in the edition's words. */
export const openList = (view: View, items: readonly string[], isolate = false) => {
  const [before, after = ''] = view.messages.including;
  return isolate ? [before, ...list(view, items, true), after] : `${before}${list(view, items)}${after}`;
};
