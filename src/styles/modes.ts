import { css } from 'lit';

// One dark palette, applied by `theme="dark"` and by `theme="auto"` under a dark colour scheme.
const dark = css`
  --_text: var(--kz-af-trade-text-color, #f1f2f4);
  --_muted: var(--kz-af-trade-muted-color, #aeb4bd);
  --_background: var(--kz-af-trade-background, #17191d);
  --_border: var(--kz-af-trade-border-color, #3b4048);
  --_kz: var(--kz-af-trade-kz-color, #5cb8e6);
  --_af: var(--kz-af-trade-af-color, #f28c4b);
  --_accent: var(--kz-af-trade-accent-color, #5cb8e6);
  color-scheme: dark;
`;

// How the card answers its context: the dark palette, forced colours, paper and a narrow
// container. Last in the sheet: each overrides rules of card.ts, chart.ts and table.ts at the same
// specificity, so it must follow them. The dark palette comes before print, so a dark card prints
// black on white too.
export const modes = css`
  .theme-dark {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    .theme-auto {
      ${dark}
    }
  }

  /* Windows high contrast and other forced palettes: system colours, bars told apart by shade and outline. */
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }

    .rail {
      fill: Canvas;
      stroke: GrayText;
      /* the track's edge clips the outer half of the outline: 2 leaves a full pixel inside */
      stroke-width: 2;
    }

    .kz .bar {
      fill: CanvasText;
    }

    .af .bar {
      fill: Highlight;
    }

    .beyond {
      fill: GrayText;
      fill-opacity: 1;
    }

    /* The browser would force the background back to Canvas under HighlightText, hiding the label. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }

    button:focus-visible {
      outline-color: Highlight;
    }
  }

  /* Paper: black on white, bars as ink (SVG fills print even where background colours are dropped). */
  @media print {
    .card {
      --_text: #000;
      --_muted: #333;
      --_background: #fff;
      --_border: #999;
      --_rail: #fff;
      --_kz: #000;
      --_af: #666;
      --_accent: #000;
      break-inside: avoid;
    }

    .rail {
      stroke: #999;
      stroke-width: 2;
    }

    .views,
    .actions,
    .copy {
      display: none;
    }
  }

  /* Narrow cards (a sidebar, a small phone, a float): tighter padding, smaller headline, stacked
     rows. The container is the card, whose content box is its border box less the inline padding
     (1.25rem a side) and border (1px a side): the query is for a card of at most 22rem.
     Last in the sheet, so it wins over the rules it narrows. */
  @container (max-width: calc(22rem - 2 * 1.25rem - 2px)) {
    /* The tighter padding, 0.875rem: the card's content reaches 0.375rem into its padding (a query
       cannot change its own container's padding, and that would move what it measures). */
    .card > * {
      margin-inline: -0.375rem;
    }

    .headline-value {
      font-size: 1.625em;
    }

    .chart .row {
      grid-template-columns: 1fr;
      grid-template-areas: 'label' 'value' 'track';
    }

    .value {
      text-align: start;
    }

    .data {
      font-size: 0.8125em;
    }

    /* Long words (товарооборота, «Тауар айналымындағы») may break, rather than push the table
       out of the card: a narrow column takes the width it is given. */
    .data th,
    .data td {
      padding-inline: 0.25rem;
      hyphens: auto;
      overflow-wrap: anywhere;
    }
  }
`;
