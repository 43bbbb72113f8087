import { css } from 'lit';
import { colors } from './palette.js';

// The card and its type: the host box, the card's palette and resets, the type scale, sections,
// the headline figure, the quiet controls (show the data, the share menu), the facts list and the
// footer (footnote, source line). First in the sheet: the other modules build on these rules (and modes.ts, last,
// overrides some of them at equal specificity: the dark palette, forced colours, print, narrow).
export const card = css`
  :host {
    display: block;
  }

  /* The element's width where a layout takes it from the content (a float, an inline-block, a flex
     item, an auto grid column, a fit-content box, a table cell, an absolutely positioned box): the
     card, a size container, has none of its own, so this empty grid gives it: one column of at
     least 0 and at most the card's max width, hence a max-content width of the max width and a
     min-content width of 0. The element takes the max width, or all the room there is when less.
     A pseudo-element, not markup: the pre-rendered embeds have it from the styles alone. The card's
     font size, so a max width in em is the same length here. Where the page makes the element a
     flex container, it takes no room and the card grows in its place. */
  :host::before {
    content: '';
    display: grid;
    grid-template-columns: minmax(0, var(--kz-af-trade-max-width, 42rem));
    font-size: clamp(0.9375rem, 1em, 1.25rem);
    flex: 0 0 0;
  }

  :host([hidden]) {
    display: none;
  }

  .card {
    ${colors((light) => light)}
    --_radius: var(--kz-af-trade-radius, 4px);
    color-scheme: light;
    /* A sans for graphics, covering Latin, Cyrillic and Arabic script; a page gives its own stack
       with the variable. */
    font-family: var(
      --kz-af-trade-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      Tahoma,
      'DejaVu Sans',
      sans-serif
    );

    /* Reset what a host page's inherited styles could break (on the card, not :host, so a page
       rule on the element itself cannot undo it). The size follows the page's, within bounds set
       in rem: they follow the reader's own text setting (200 % text, a 200 % card), while a page
       rule that makes its text 64px cannot blow the card out of its column. */
    font-size: clamp(0.9375rem, 1em, 1.25rem);
    font-style: normal;
    font-weight: 400;
    /* every number in lining, tabular figures: they align in columns and never read as old style */
    font-variant-numeric: lining-nums tabular-nums;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    box-sizing: border-box;
    max-inline-size: var(--kz-af-trade-max-width, 42rem);
    /* The narrow layout below follows the card's own width (not the element's, which can be wider). */
    container-type: inline-size;
    /* in an element the page made a flex container (see :host::before) */
    flex-grow: 1;
    margin: 0;
    padding: 1rem 1.25rem 1.125rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }

  /* Dari and Pashto: an Arabic-script sans first. A system-ui font that covers Arabic would win
     otherwise, each engine its own (DejaVu Sans; Noto Kufi Arabic mixed with DejaVu in one line). */
  .card:lang(fa),
  .card:lang(ps) {
    font-family: var(
      --kz-af-trade-font-family,
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      'Segoe UI',
      Tahoma,
      system-ui,
      sans-serif
    );
  }

  p,
  dl,
  dd,
  figure {
    margin: 0;
  }

  p {
    text-wrap: pretty;
  }

  /* Four levels: the title, the headline figure, section heads (never smaller than the text under
     them), and the small print (labels, notes, source). */
  .heading-0 {
    margin: 0 0 0.875rem;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }

  .section {
    padding-block: 0.875rem;
    border-block-start: 1px solid var(--_border);
  }

  .heading-1 {
    margin: 0 0 0.375rem;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }

  /* The trade section's head is the period the figures cover: a kicker over the headline figure. */
  .trade .heading-1 {
    color: var(--_accent);
  }

  .section p + p {
    margin-block-start: 0.5rem;
  }

  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.625rem;
    margin-block-end: 0.875rem;
  }

  /* On one line: as large as 2.5em, smaller only where the card is too narrow for that (never
     below the text's own size). */
  .headline-value {
    font-size: min(2.5em, max(1em, 11cqi));
    font-weight: 700;
    line-height: 1.15;
    white-space: nowrap;
  }

  .headline-label,
  .label,
  .share,
  .note,
  .footnote,
  .source,
  dt {
    color: var(--_muted);
  }

  /* A correction is news to the reader: in the text's colour, marked by a rule like a key. */
  .correction {
    font-size: 0.875em;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_accent);
  }

  .note,
  .footnote,
  .source {
    font-size: 0.8125em;
  }

  /* raised by position, not vertical-align, so a marked figure's line is no taller than another's */
  .mark {
    position: relative;
    inset-block-start: -0.5em;
    vertical-align: baseline;
    font-size: 0.75em;
    /* the same light mark on every figure, bold or not */
    font-weight: 400;
    line-height: 1;
  }

  /* on the big figure, a mark of the text's own size, raised to its cap height */
  .headline-value .mark {
    font-size: 0.3em;
    inset-block-start: -1.5em;
  }

  button,
  summary {
    font: inherit;
    font-size: 0.875em;
    line-height: 1.3;
    margin: 0;
    color: var(--_text);
    cursor: pointer;
  }

  /* Quiet, text-style controls: they never outshine the figures. */
  .show-data,
  summary {
    padding: 0.25rem 0;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  .show-data {
    margin-block-start: 0.625rem;
  }

  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    position: relative;
  }

  /* Without the script (a pre-rendered embed, scripts off) these controls would do nothing: hidden,
     their room kept, so nothing moves when the script arrives. */
  :host(:not(:state(rendered))) .show-data,
  :host(:not(:state(rendered))) .share {
    visibility: hidden;
  }

  .facts {
    display: grid;
    gap: 0.25rem;
  }

  dt {
    font-size: 0.875em;
  }

  dd + dt {
    margin-block-start: 0.5rem;
  }

  .outlook {
    font-weight: 700;
  }

  .footer {
    display: grid;
    gap: 0.375rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }

  .compact .footer {
    border: 0;
    padding-block-start: 0.25rem;
  }

  summary {
    display: inline-block;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::after {
    content: ' ▾';
  }

  .share[open] summary::after {
    content: ' ▴';
  }

  .menu {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding-block-start: 0.375rem;
  }

  .menu button {
    padding: 0.25rem 0.625rem;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
