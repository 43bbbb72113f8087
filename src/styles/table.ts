import { css } from 'lit';

// The trade figures as a table: the Table view (in the Chart view it stays for screen readers,
// visually hidden).
export const table = css`
  .data {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  .data caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.375rem;
  }

  .data th,
  .data td {
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }

  .data thead th {
    color: var(--_muted);
    font-weight: 400;
    border-block-end-color: var(--_muted);
  }

  .data td:nth-child(2),
  .data td:nth-child(3) {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
