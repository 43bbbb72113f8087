import { css } from 'lit';

// The trade chart: one part-of-a-whole bar (Kazakh | Afghan exports, on the total) with each
// value under its own part; and the flour-and-wheat share, a minimum share of volume, drawn as a
// line to a tick, open beyond it, so it never reads as a split or as one of the dollar bars.
export const chart = css`
  .chart {
    display: grid;
    gap: 0.75rem;
  }

  /* The bar across both columns; the Kazakh part's figures under its start, the Afghan part's under its end. */
  .parts {
    display: grid;
    /* equal halves: a long label on one side never squeezes the other's figures */
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem 1.5rem;
  }

  .stack {
    grid-column: 1 / -1;
    display: block;
    inline-size: 100%;
    block-size: 1.5rem;
  }

  .bar.kz {
    fill: var(--_kz);
  }

  .bar.af {
    fill: var(--_af);
  }

  .part {
    display: flex;
    flex-wrap: wrap;
    /* both values on one line at the bottom, whatever their labels wrap to */
    align-content: end;
    align-items: baseline;
    gap: 0 0.5rem;
    /* a swatch of its part's colour, so the two differ by position, label and key, not hue alone */
    border-inline-start: 0.25rem solid var(--_kz);
    padding-inline-start: 0.5rem;
  }

  .part.af {
    justify-content: flex-end;
    text-align: end;
    border-inline-start: 0;
    border-inline-end: 0.25rem solid var(--_af);
    padding-inline: 0 0.5rem;
  }

  .part .label {
    flex-basis: 100%;
    font-size: 0.8125em;
  }

  .part .value {
    font-size: 1.125em;
    font-weight: 700;
    white-space: nowrap;
  }

  .part .share {
    font-size: 0.875em;
    white-space: nowrap;
  }

  .bound {
    display: grid;
    gap: 0.125rem;
    margin-block-start: 0.5rem;
  }

  .scale {
    display: block;
    inline-size: 100%;
    block-size: 2.5em;
    overflow: visible;
  }

  .known,
  .open,
  .tick {
    stroke: var(--_text);
  }

  .known,
  .open {
    stroke-width: 3;
  }

  .open {
    stroke-dasharray: 3 5;
    stroke-opacity: 0.5;
  }

  .tick {
    stroke-width: 2;
  }

  .tick-label {
    fill: var(--_text);
    font-size: 0.8125em;
    font-weight: 700;
  }
`;
