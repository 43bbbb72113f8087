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
