/**
 * JSX typings: `<kz-af-trade>` in React 19 and Preact JSX gets attribute completion and checking.
 *
 * Each entry is the framework's own props for a plain element (its `<section>`: `className` or
 * `class`, `style`, `ref`, events, ARIA) with this element's attributes on top. They are read from
 * the framework's `IntrinsicElements` with a conditional type rather than named (`React.HTMLAttributes`),
 * so a project without React or Preact installed type-checks these declarations with no error, even
 * with `skipLibCheck` off.
 */
// The framework imports let this file compile here; they vanish from the emitted .d.ts.
import type {} from 'preact';
import type {} from 'react';
import type { KzAfTrade } from './kz-af-trade.component.js';

/** A heading level the element accepts, as a number or as the attribute's string. */
export type KzAfTradeHeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/** The attributes of `<kz-af-trade>`, as written in JSX (and in HTML). */
export interface KzAfTradeAttributes {
  /** Edition: a BCP 47 tag (`fr`, `en`, `ru`, `kk`, `fa`, `ps`, or any `xx-YY` of them). */
  lang?: string;
  /** Overrides the edition's direction. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** `full` (every section) or `compact` (for a sidebar). */
  variant?: KzAfTrade['variant'];
  /** Space-separated, ordered subset of `trade exports vehicles mining outlook`. */
  sections?: string;
  /** `auto` (the page's `color-scheme`), `light` or `dark`. */
  theme?: KzAfTrade['theme'];
  /** The level of the fact box's heading in the page outline, 2–6. */
  'heading-level'?: KzAfTradeHeadingLevel;
}

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
