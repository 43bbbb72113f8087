/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type KzAfTradeProps = {
  /** Edition: `fr`, `en`, `ru`, `kk`, `fa` (Dari; also `prs`) or `ps` (Pashto; also `pbt`, `pbu`); any BCP 47 tag matches by language (`fr-CA` → `fr`). */
  lang?: string;
  /** `ltr`, `rtl` or `auto`: overrides the direction the edition sets for itself (`rtl` for `fa` and `ps`). */
  dir?: "ltr" | "rtl" | "auto";
  /** `full` (every section) or `compact` (headline figure, trade bars and source, for a sidebar). Reflected. */
  variant?: "full" | "compact";
  /** Space-separated, ordered subset of `trade exports vehicles mining outlook` shown by the `full` variant. Default: all, in that order. */
  sections?: string;
  /** `auto` (the page's `color-scheme`: a site's dark toggle, or the reader's system under `light dark`; light where the page declares none), `light` or `dark`. Reflected. */
  theme?: "auto" | "light" | "dark";
  /** 2–6: the level of the fact box's heading in the page outline; section headings sit one below. */
  "heading-level"?: 2 | 3 | 4 | 5 | 6 | "2" | "3" | "4" | "5" | "6";
  /** Hides the reuse actions (copy a fact, download the data and the chart). Reflected; `no-actions="false"` shows them. */
  "no-actions"?: boolean;
  /** A newsroom's correction of the figures, period or source (see README); wins over a JSON `<script>` child. */
  data?:
    | {
        totalMillionUsd?: number;
        kzExportsMillionUsd?: number;
        period?: { start: string; end: string };
        announcedOn?: string;
        source?: string;
        correctedOn?: string;
        correctionNote?: string;
        sourceUrl?: string;
        license?: string;
      }
    | undefined;
  /** A reader chose a reuse action from the menu (for a newsroom's analytics). Bubbles, composed. */
  "onkz-af-trade-action"?: (e: CustomEvent<{ action: "copy" | "csv" | "svg" | "png" }>) => void;
  /** A reader showed the data table (`table`) or hid it again (`chart`). Bubbles, composed. */
  "onkz-af-trade-view"?: (e: CustomEvent<{ view: "chart" | "table" }>) => void;
  /** The publisher data (`data` or the JSON child) was not used: what was wrong with it, the shipped facts shown instead. Bubbles, composed. */
  "onkz-af-trade-data-error"?: (e: CustomEvent<{ problems: string[] }>) => void;
};

export type CustomElements = {
  /**
   * The facts of the story and a compact bar chart, themed with CSS custom properties.
   * ---
   *
   *
   * ### **Events:**
   *  - **kz-af-trade-action** - A reader chose a reuse action from the menu (for a newsroom's analytics). Bubbles, composed.
   * - **kz-af-trade-view** - A reader showed the data table (`table`) or hid it again (`chart`). Bubbles, composed.
   * - **kz-af-trade-data-error** - The publisher data (`data` or the JSON child) was not used: what was wrong with it, the shipped facts shown instead. Bubbles, composed.
   *
   * ### **Slots:**
   *  - _default_ - Shown only if the widget cannot load any edition's words (offline after its script): a link to the story, say. Without it, the element collapses rather than leave a blank box.
   *
   * ### **CSS Properties:**
   *  - **--kz-af-trade-font-family** - Font stack; by default a sans for graphics covering Latin, Cyrillic and Arabic script. To use the site's own typeface, give its stack (`--kz-af-trade-font-family: Georgia, serif`). _(default: system-ui, …, sans-serif)_
   * - **--kz-af-trade-text-color** - Body text (dark theme: `#f1f2f4`). _(default: #1a1c1f)_
   * - **--kz-af-trade-muted-color** - Secondary text: labels, notes, source (dark: `#aeb4bd`). _(default: #595e66)_
   * - **--kz-af-trade-background** - Card background (dark: `#1d2025`). Every colour property takes `light-dark(light, dark)`, for a custom palette in both themes. _(default: #ffffff)_
   * - **--kz-af-trade-border-color** - Card border and rules between sections (dark: `#4a505a`). _(default: #d5d8dc)_
   * - **--kz-af-trade-radius** - Card corner radius. _(default: 4px)_
   * - **--kz-af-trade-kz-color** - Kazakh exports' part of the trade bar (dark: `#5cb8e6`). _(default: #0b6e99)_
   * - **--kz-af-trade-af-color** - Afghan exports' part of the trade bar, a neutral second hue (dark: `#b3a898`). _(default: #857b6e)_
   * - **--kz-af-trade-accent-color** - Rule along the top of the card, the period above the headline figure, the controls (dark: `#5cb8e6`). _(default: #0b6e99)_
   * - **--kz-af-trade-max-width** - Largest inline size of the card. _(default: 42rem)_
   *
   * ### **CSS Parts:**
   *  - **card** - The fact box.
   * - **heading** - The fact box's heading (`<h2>`–`<h6>`, per `heading-level`).
   * - **section-heading** - The heading of each section, one level below the fact box's.
   * - **chart** - The trade chart figure.
   * - **bar** - Both parts of the trade bar.
   * - **bar-kz** - Kazakh exports' part of the trade bar.
   * - **bar-af** - Afghan exports' part of the trade bar.
   * - **bound** - The flour-and-wheat share: a line to the lower bound's tick, open beyond it.
   * - **label** - The label of a figure.
   * - **value** - A formatted figure.
   * - **show-data** - The control under the chart that shows or hides the data table.
   * - **correction** - The correction line: when the figures were corrected, what changed from what, and the newsroom's note.
   * - **footnote** - The note the mark on every calculated figure points to.
   * - **source** - The source line: who said it, where and when.
   * - **share** - The footer menu's button ("Share & download").
   * - **action** - The menu's actions: copy the facts, download the data (CSV) and the chart (SVG, PNG).
   */
  "kz-af-trade": Partial<KzAfTradeProps & BaseProps & BaseEvents>;
};
