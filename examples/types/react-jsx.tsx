// Compile-time tests of the JSX typings in React (npm run lint type-checks this file; it never runs).
import { useRef } from 'react';
import type { KzAfTrade } from 'kz-af-trade';

export function Every() {
  const ref = useRef<KzAfTrade>(null);
  return (
    <kz-af-trade
      ref={ref}
      lang="fr-CA"
      dir="rtl"
      variant="compact"
      sections="trade outlook"
      theme="dark"
      heading-level={2}
      className="box"
      style={{ maxWidth: '30rem' }}
      aria-label="Trade"
      onClick={() => ref.current?.requestUpdate()}
    />
  );
}

export const stringLevel = <kz-af-trade heading-level="6" />;
// the attributes and the properties React 19 sets directly, typed from custom-elements.json
export const properties = (
  <kz-af-trade
    no-actions
    noActions={false}
    headingLevel={4}
    data={{ totalMillionUsd: 331.2, correctedOn: '2022-11-02', correctionNote: 'Ministry figure revised.' }}
    onkz-af-trade-action={(event) => void event.detail.action.toUpperCase()}
    onkz-af-trade-data-error={(event) => void event.detail.problems.join('; ')}
  />
);
export const callbackRef = <kz-af-trade ref={(element: KzAfTrade | null) => void element?.lang} />;

// @ts-expect-error not a variant
export const badVariant = <kz-af-trade variant="wide" />;
// @ts-expect-error not a theme
export const badTheme = <kz-af-trade theme="sepia" />;
// @ts-expect-error heading levels are 2–6
export const badLevel = <kz-af-trade heading-level={1} />;
// @ts-expect-error not a direction
export const badDir = <kz-af-trade dir="up" />;
// @ts-expect-error no such attribute
export const unknown = <kz-af-trade colour="red" />;
// @ts-expect-error a typo of a property (TypeScript never checks hyphenated names it does not know: `no-actoins`)
export const typo = <kz-af-trade noActoins />;
// @ts-expect-error a figure is a number
export const badData = <kz-af-trade data={{ totalMillionUsd: 'lots' }} />;
// @ts-expect-error no-actions is a boolean
export const badFlag = <kz-af-trade no-actions="yes" />;
// @ts-expect-error an action's detail has no such field
export const badDetail = <kz-af-trade onkz-af-trade-view={(event) => void event.detail.action} />;

// A framework's "unset" is null or undefined: both compile on the property.
export function unset(element: KzAfTrade) {
  element.data = null;
  element.data = undefined;
}
