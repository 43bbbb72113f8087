import { css } from 'lit';
import { colors } from './palette.js';

// How the card answers its context: its theme, forced colours, paper and a narrow container.
// Last in the sheet: each overrides rules of card.ts, chart.ts and table.ts at the same
// specificity, so it must follow them. The themes come before print, so a dark card prints black
// on white too.
export const modes = css`
  .theme-dark {
    ${colors((_, dark) => dark)}
    color-scheme: dark;
  }

  /* theme="auto": the page's own colour scheme, as the page's form controls take it (a site's
     dark-mode toggle setting \`color-scheme: dark\`, or \`light dark\` for the reader's system);
     light on a page that declares none. Browsers without light-dark() keep the light card. */
  @supports (color: light-dark(#000, #fff)) {
    .theme-auto {
      ${colors((light, dark) => `light-dark(${light}, ${dark})`)}
      color-scheme: inherit;
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
