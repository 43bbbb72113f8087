/**
 * JSX typings: `<kz-af-trade>` in React 19 and Preact JSX gets attribute and property completion
 * and checking.
 *
 * The element's own props are generated from custom-elements.json (`npm run analyze`, by
 * custom-element-jsx-integration, into `generated/jsx-types.ts`): every attribute, `data` and the
 * events, with the types the class declares. Each entry adds them to the framework's own props for
 * a plain element (its `<section>`: `className` or `class`, `style`, `ref`, events, ARIA), read from
 * the framework's `IntrinsicElements` with a conditional type rather than named, so a project
 * without React or Preact installed type-checks these declarations with no error, even with
 * `skipLibCheck` off; and the camelCase properties React 19 and Preact set directly.
 */
// The framework imports let this file compile here; they vanish from the emitted .d.ts.
import type {} from 'preact';
import type {} from 'react';
import type { KzAfTradeProps } from './generated/jsx-types.js';
import type { KzAfTrade } from './kz-af-trade.component.js';

/** The attributes and properties of `<kz-af-trade>`, as written in JSX. */
export type KzAfTradeAttributes = KzAfTradeProps & Partial<Pick<KzAfTrade, 'headingLevel' | 'noActions'>>;

/** A framework's props for `<section>` (if it has that element), minus the names this element types itself. */
type SectionProps<Elements> = Elements extends { section: infer Props }
  ? Omit<Props, keyof KzAfTradeAttributes>
  : unknown;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX is a namespace
  export namespace JSX {
    export interface IntrinsicElements {
      'kz-af-trade': SectionProps<this> & KzAfTradeAttributes;
    }
  }
}

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX is a namespace
  export namespace JSX {
    export interface IntrinsicElements {
      'kz-af-trade': SectionProps<this> & KzAfTradeAttributes;
    }
  }
}
