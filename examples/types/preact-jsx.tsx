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

// @ts-expect-error not a variant
export const badVariant = <kz-af-trade variant="wide" />;
// @ts-expect-error heading levels are 2–6
export const badLevel = <kz-af-trade heading-level={7} />;
// @ts-expect-error no such attribute
export const unknown = <kz-af-trade colour="red" />;
