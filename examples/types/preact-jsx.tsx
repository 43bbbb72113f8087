/** @jsxImportSource preact */
// Compile-time tests of the JSX typings in Preact (npm run lint type-checks this file; it never runs).
import type { KzAfTrade } from 'kz-af-trade';

export const every = (
  <kz-af-trade
    lang="ps"
    dir="auto"
    variant="full"
    sections="exports mining"
    theme="auto"
    heading-level="4"
    class="box"
    onClick={(event) => void (event.currentTarget as KzAfTrade).variant}
  />
);

export const properties = <kz-af-trade noActions data={{ kzExportsMillionUsd: 316.5 }} />;

// @ts-expect-error not a variant
export const badVariant = <kz-af-trade variant="wide" />;
// @ts-expect-error heading levels are 2–6
export const badLevel = <kz-af-trade heading-level={7} />;
// @ts-expect-error no such attribute
export const unknown = <kz-af-trade colour="red" />;
// @ts-expect-error a figure is a number
export const badData = <kz-af-trade data={{ kzExportsMillionUsd: '316.5' }} />;
