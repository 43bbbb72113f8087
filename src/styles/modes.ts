import { css } from 'lit';

// One dark palette, applied by `theme="dark"` and by `theme="auto"` under a dark colour scheme.
const dark = css`
  --_text: var(--kz-af-trade-text-color, #f1f2f4);
  --_muted: var(--kz-af-trade-muted-color, #aeb4bd);
  /* a shade lighter than a dark page, with a border that shows: the card stands off it */
  --_background: var(--kz-af-trade-background, #1d2025);
  --_border: var(--kz-af-trade-border-color, #4a505a);
  --_kz: var(--kz-af-trade-kz-color, #5cb8e6);
  --_af: var(--kz-af-trade-af-color, #b3a898);
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

    .bar.kz {
      fill: CanvasText;
    }

    .bar.af {
      fill: Highlight;
    }

    .part {
      border-inline-start-color: CanvasText;
    }

    .part.af {
      border-inline-end-color: Highlight;
    }

    .known,
    .tick {
      stroke: CanvasText;
    }

    .open {
      stroke: GrayText;
      stroke-opacity: 1;
    }

    .tick-label {
      fill: CanvasText;
    }

    .show-data,
    summary {
      color: LinkText;
    }

    button:focus-visible,
    summary:focus-visible {
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
      --_kz: #000;
      --_af: #666;
      --_accent: #000;
      break-inside: avoid;
    }

    .show-data,
    .share {
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

    .parts {
      grid-template-columns: 1fr;
    }

    .part.af {
      justify-self: end;
    }

    .data th,
    .data td {
      padding-inline: 0.25rem;
    }
  }
`;
