import { css } from 'lit';

// The trade figures as a table, shown on demand under the chart (otherwise visually hidden, for
// screen readers): three columns, the numbers and their headers aligned to the end.
export const table = css`
  .table {
    margin-block-start: 0.25rem;
  }

  .data {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    /* words never break: a narrow column wraps between them */
    overflow-wrap: normal;
  }

  .data th,
  .data td {
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }

  .data th:first-child {
    padding-inline-start: 0;
  }

  .data :is(th, td):last-child {
    padding-inline-end: 0;
  }

  .data thead th {
    color: var(--_muted);
    font-weight: 400;
    border-block-end-color: var(--_muted);
  }

  .data :is(th, td):not(:first-child) {
    text-align: end;
  }

  /* a figure never breaks; a header may wrap between its words */
  .data td {
    white-space: nowrap;
  }
`;
