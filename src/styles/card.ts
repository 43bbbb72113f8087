import { css } from 'lit';

// The card and its type: the host box, the card's palette and resets, headings, sections, the
// headline figure, the buttons (the Chart / Table toggle and the reuse actions), the facts list and
// the source line. First in the sheet: the other modules build on these rules (and modes.ts, last,
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
    font-size: clamp(15px, 1em, 20px);
    flex: 0 0 0;
  }

  :host([hidden]) {
    display: none;
  }

  .card {
    --_text: var(--kz-af-trade-text-color, #1a1c1f);
    --_muted: var(--kz-af-trade-muted-color, #595e66);
    --_background: var(--kz-af-trade-background, #ffffff);
    --_border: var(--kz-af-trade-border-color, #d5d8dc);
    /* The empty part of a bar: a tint of the text on the card, so it follows a custom background. */
    --_rail: color-mix(in srgb, var(--_text) 9%, var(--_background));
    --_kz: var(--kz-af-trade-kz-color, #0b6e99);
    --_af: var(--kz-af-trade-af-color, #c2410c);
    --_accent: var(--kz-af-trade-accent-color, #0b6e99);
    --_radius: var(--kz-af-trade-radius, 4px);
    color-scheme: light;
    /* Unset, the variable makes this declaration invalid, so the site's font is inherited;
       set, it gets a fallback stack covering Latin, Cyrillic and Arabic script. */
    font-family:
      var(--kz-af-trade-font-family), system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', Tahoma,
      'DejaVu Sans', sans-serif;

    /* Reset what a host page's inherited styles could break (on the card, not :host, so a page
       rule on the element itself cannot undo it); the font family is kept on purpose (above). */
    font-size: clamp(15px, 1em, 20px);
    font-style: normal;
    font-weight: 400;
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

  p,
  dl,
  dd,
  figure {
    margin: 0;
  }

  .heading-0 {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .section {
    padding-block: 0.875rem;
    border-block-start: 1px solid var(--_border);
  }

  .section-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }

  .heading-1 {
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.3;
  }

  .section p + p {
    margin-block-start: 0.5rem;
  }

  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.625rem;
    margin-block-end: 0.75rem;
  }

  .headline-value {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .headline-label,
  .note,
  .sub,
  .source,
  dt {
    color: var(--_muted);
  }

  .note,
  .sub,
  .source {
    font-size: 0.8125em;
  }

  /* Reuse actions: quiet text buttons that never compete with the facts. */
  .copy,
  .actions button {
    padding: 0.125rem 0.375rem;
    color: var(--_muted);
    border-color: var(--_border);
    border-radius: var(--_radius);
  }

  .copy {
    flex: none;
    font-size: 0.75em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-start: 0.625rem;
  }

  .actions button {
    font-size: 0.75em;
  }

  /* Chart / Table: a small segmented control, at the end of the line. */
  .views {
    display: flex;
    justify-content: flex-end;
    margin-block: -0.25rem 0.5rem;
  }

  button {
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.2;
    margin: 0;
    padding: 0.3rem 0.75rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    cursor: pointer;
  }

  .views button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }

  .views button:last-child {
    border-inline-start: 0;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  button[aria-pressed='true'] {
    color: var(--_background);
    background: var(--_text);
    border-color: var(--_text);
  }

  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    position: relative;
  }

  .derived {
    font-style: italic;
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

  .source {
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }

  .compact .source {
    border: 0;
    padding-block-start: 0.25rem;
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
