import { unsafeCSS } from 'lit';

// The card's colours, once: each private property, the public one that replaces it, and its light
// and dark defaults. The card's light palette, the dark theme and theme="auto" (both, through
// light-dark()) are written from this table.
const palette = [
  ['text', 'text-color', '#1a1c1f', '#f1f2f4'],
  ['muted', 'muted-color', '#595e66', '#aeb4bd'],
  // dark: a shade lighter than a dark page, with a border that shows, so the card stands off it
  ['background', 'background', '#ffffff', '#1d2025'],
  ['border', 'border-color', '#d5d8dc', '#4a505a'],
  ['kz', 'kz-color', '#0b6e99', '#5cb8e6'],
  // a neutral second hue: Afghan exports are no warning
  ['af', 'af-color', '#857b6e', '#b3a898'],
  ['accent', 'accent-color', '#0b6e99', '#5cb8e6'],
] as const;

/** The palette's declarations, each default chosen by `pick` from the light and the dark one. */
export const colors = (pick: (light: string, dark: string) => string) =>
  unsafeCSS(
    palette
      .map(([name, open, light, dark]) => `--_${name}: var(--kz-af-trade-${open}, ${pick(light, dark)});`)
      .join(''),
  );
