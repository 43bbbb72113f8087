import { css } from 'lit';

// The bar chart: the figure's grid, a bar row (label and value over the track), the SVG rail and
// bars, and the flour-and-wheat share drawn as a lower bound.
export const chart = css`
  .chart,
  .bars {
    display: grid;
    gap: 0.75rem;
  }

  /* Label and value share a line, the bar runs under them at full width: room for long labels in every edition. */
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'label value' 'track track';
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }

  .label {
    grid-area: label;
  }

  .sub {
    display: block;
  }

  .value {
    grid-area: value;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }

  .track {
    grid-area: track;
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
  }

  /* Bars grow from the inline start: mirror the drawing in right-to-left editions. */
  .track:dir(rtl) {
    transform: scaleX(-1);
  }

  .rail {
    fill: var(--_rail);
  }

  .kz .bar {
    fill: var(--_kz);
  }

  .af .bar {
    fill: var(--_af);
  }

  /* The share is "more than 80 %": the part beyond the bound is drawn faint, open-ended. */
  .beyond {
    fill: var(--_kz);
    fill-opacity: 0.2;
  }

  .chart + .note {
    margin-block-start: 0.75rem;
  }

  .lower-bound {
    margin-block-start: 0.5rem;
    grid-template-areas: 'label label' 'track track' 'note note';
  }

  .lower-bound .note {
    grid-area: note;
  }
`;
