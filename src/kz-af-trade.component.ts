import { LitElement, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { correctedFacts } from './data/correction.js';
import { shippedFacts, type ShownFacts } from './data/facts.js';
import type { PublisherData } from './data/publisher-data.js';
import { stylesFor } from './document-styles.js';
import { emit } from './events.js';
import { formatters } from './format.js';
import { followDataset, jsonChild, parsed, redrawIfStale } from './markup.js';
import { LocaleController } from './locale-controller.js';
import { ReuseController } from './reuse-controller.js';
import { intlSettings } from './locales/index.js';
import { styles } from './kz-af-trade.styles.js';
import {
  actionsHidden,
  directions,
  headingLevel,
  headingLevelConverter,
  noActionsConverter,
  oneOf,
  reflectedKeyword,
  sectionList,
  themes,
  variants,
  type HeadingLevel,
  type Section,
  type Theme,
  type Variant,
} from './options.js';
import { exportsSection } from './sections/exports.js';
import { notes } from './sections/notes.js';
import { textSection } from './sections/text.js';
import { shareMenu } from './sections/share.js';
import { tradeSection } from './sections/trade.js';
import { heading, type View } from './sections/view.js';
import { version } from './version.js';

/**
 * A fact box on Kazakhstan–Afghanistan trade (January–August 2022) with a compact bar chart,
 * from an economic forum of 22 October 2022.
 *
 * @summary The facts of the story and a compact bar chart, themed with CSS custom properties.
 *
 * @attr {string} [lang=the nearest ancestor's lang, else en] - Edition: `fr`, `en`, `ru`, `kk`, `fa` (Dari; also `prs`) or `ps` (Pashto; also `pbt`, `pbu`); any BCP 47 tag matches by language (`fr-CA` → `fr`).
 * @attr {'ltr' | 'rtl' | 'auto'} [dir=the edition's] - `ltr`, `rtl` or `auto`: overrides the direction the edition sets for itself (`rtl` for `fa` and `ps`).
 *
 * @cssprop [--kz-af-trade-font-family=system-ui, …, sans-serif] - Font stack; by default a sans for graphics covering Latin, Cyrillic and Arabic script. To use the site's own typeface, give its stack (`--kz-af-trade-font-family: Georgia, serif`).
 * @cssprop [--kz-af-trade-text-color=#1a1c1f] - Body text (dark theme: `#f1f2f4`).
 * @cssprop [--kz-af-trade-muted-color=#595e66] - Secondary text: labels, notes, source (dark: `#aeb4bd`).
 * @cssprop [--kz-af-trade-background=#ffffff] - Card background (dark: `#1d2025`). Every colour property takes `light-dark(light, dark)`, for a custom palette in both themes.
 * @cssprop [--kz-af-trade-border-color=#d5d8dc] - Card border and rules between sections (dark: `#4a505a`).
 * @cssprop [--kz-af-trade-radius=4px] - Card corner radius.
 * @cssprop [--kz-af-trade-kz-color=#0b6e99] - Kazakh exports' part of the trade bar (dark: `#5cb8e6`).
 * @cssprop [--kz-af-trade-af-color=#857b6e] - Afghan exports' part of the trade bar, a neutral second hue (dark: `#b3a898`).
 * @cssprop [--kz-af-trade-accent-color=#0b6e99] - Rule along the top of the card, the period above the headline figure, the controls (dark: `#5cb8e6`).
 * @cssprop [--kz-af-trade-max-width=42rem] - Largest inline size of the card.
 *
 * @csspart card - The fact box.
 * @csspart heading - The fact box's heading (`<h2>`–`<h6>`, per `heading-level`).
 * @csspart section-heading - The heading of each section, one level below the fact box's.
 * @csspart chart - The trade chart figure.
 * @csspart bar - Both parts of the trade bar.
 * @csspart bar-kz - Kazakh exports' part of the trade bar.
 * @csspart bar-af - Afghan exports' part of the trade bar.
 * @csspart bound - The flour-and-wheat share: a line to the lower bound's tick, open beyond it.
 * @csspart label - The label of a figure.
 * @csspart value - A formatted figure.
 * @csspart show-data - The control under the chart that shows or hides the data table.
 * @csspart correction - The correction line: when the figures were corrected, what changed from what, and the newsroom's note.
 * @csspart footnote - The note the mark on every calculated figure points to.
 * @csspart source - The source line: who said it, where and when.
 * @csspart share - The footer menu's button ("Share & download").
 * @csspart action - The menu's actions: copy the facts, download the data (CSV) and the chart (SVG, PNG).
 *
 * @slot - Shown only if the widget cannot load any edition's words (offline after its script): a link to the story, say. Without it, the element collapses rather than leave a blank box.
 *
 * @cssstate rendered - Set once the content is on screen: `kz-af-trade:not(:state(rendered))` keeps a page's reserved space until then.
 * @cssstate table - Set while the data table is shown under the chart.
 * @cssstate corrected - Set while the card shows a publisher's correction (`correctedOn` in the publisher data).
 *
 * @fires {{ action: 'copy' | 'csv' | 'svg' | 'png' }} kz-af-trade-action - A reader chose a reuse action from the menu (for a newsroom's analytics). Bubbles, composed.
 * @fires {{ view: 'chart' | 'table' }} kz-af-trade-view - A reader showed the data table (`table`) or hid it again (`chart`). Bubbles, composed.
 * @fires {{ problems: string[] }} kz-af-trade-data-error - The publisher data (`data` or the JSON child) was not used: what was wrong with it, the shipped facts shown instead. Bubbles, composed.
 */
export class KzAfTrade extends LitElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers cost more bytes than this table.
  static override properties = {
    variant: reflectedKeyword,
    sections: { useDefault: true },
    theme: reflectedKeyword,
    headingLevel: { attribute: 'heading-level', useDefault: true, converter: headingLevelConverter },
    noActions: { attribute: 'no-actions', reflect: true, converter: noActionsConverter },
    childJson: { state: true },
    dataShown: { state: true },
  };

  /** The package version, so a second copy on the page can tell whether it differs. */
  static readonly version = version;

  /** `full` (every section) or `compact` (headline figure, trade bars and source, for a sidebar). Reflected. */
  variant: Variant = 'full';

  /** Space-separated, ordered subset of `trade exports vehicles mining outlook` shown by the `full` variant. Default: all, in that order. */
  sections = 'trade exports vehicles mining outlook';

  /** `auto` (the page's `color-scheme`: a site's dark toggle, or the reader's system under `light dark`; light where the page declares none), `light` or `dark`. Reflected. */
  theme: Theme = 'auto';

  /** 2–6: the level of the fact box's heading in the page outline; section headings sit one below. */
  headingLevel: HeadingLevel = 3;

  /** Hides the reuse actions (copy a fact, download the data and the chart). Reflected; `no-actions="false"` shows them. */
  noActions = false;

  /** The text of a `<script type="application/json">` child, followed as it is added, edited or removed. */
  private childJson?: string;

  /** Whether the trade figures' table is shown under the chart (screen readers always have it). */
  private dataShown = false;

  private readonly localize = new LocaleController(this);
  private readonly reuse = new ReuseController(this, () => ({
    root: this.renderRoot,
    messages: this.localize.messages!,
    facts: this.facts,
    locale: this.localize.locale,
  }));
  private publisherData?: unknown;
  private facts: ShownFacts = shippedFacts;
  private checked: [unknown, string | undefined] = [undefined, undefined];
  private childObserver?: MutationObserver;
  private replacePrerendered = false;
  /** Lit's hydrate support takes over pre-rendered markup at the first render. */
  private hydrating = false;
  private states?: CustomStateSet;

  constructor() {
    super();
    // `data` set before the element was defined (README's inline snippet) sits on the instance,
    // hiding the accessor: hand it to the accessor.
    if (Object.hasOwn(this, 'data')) {
      const value = this.data;
      delete (this as { data?: unknown }).data;
      this.data = value;
    }
  }

  /** A newsroom's correction of the figures, period or source (see README); wins over a JSON `<script>` child. */
  get data(): PublisherData | undefined {
    return this.publisherData as PublisherData | undefined;
  }

  // Typed for TypeScript users; at run time anything given is checked, and warned about.
  set data(value: PublisherData | null | undefined) {
    this.publisherData = value;
    this.requestUpdate();
  }

  // `lang` and `dir` stay the native global attributes (so `:lang()` and the accessibility tree see
  // them); the element only watches them.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.childJson = jsonChild(this);
    this.childObserver = new MutationObserver(() => (this.childJson = jsonChild(this)));
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /** Moved into another document (`adoptNode` into an iframe): its styles are made anew there. */
  adoptedCallback() {
    const sheet = stylesFor(this.ownerDocument, styles as CSSResult);
    if (sheet && this.shadowRoot) this.shadowRoot.adoptedStyleSheets = [sheet];
  }

  /**
   * Pre-rendered markup defined by a bundle without Lit's hydrate support (another copy defined the
   * element first): Lit would render beside it, so the first render replaces it instead.
   */
  protected override createRenderRoot() {
    const prerendered = !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    if (this.renderOptions.renderBefore) {
      this.renderOptions.renderBefore = null;
      this.replacePrerendered = true;
    } else this.hydrating = prerendered;
    return root;
  }

  /**
   * Holds an update until what it shows is ready: the edition's words (no flash of another
   * language) and a publisher correction, checked by code loaded only when there is one. What
   * changes meanwhile (the language, the data) is waited for too, so the render shows the latest.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      await parsed(this);
      this.childJson = jsonChild(this);
    }
    for (;;) {
      await this.localize.ready();
      const input: [unknown, string | undefined] = [this.data, this.childJson];
      // Object.is: a NaN set as data is the same NaN, not a new value to check forever
      if (Object.is(input[0], this.checked[0]) && input[1] === this.checked[1]) break;
      this.checked = input;
      const { facts, problems } = await correctedFacts(...input);
      this.facts = facts;
      if (problems.length) emit(this, 'kz-af-trade-data-error', { problems });
    }
    super.scheduleUpdate();
  }

  /** Markup already there (pre-rendered, or an earlier render) stays while no edition can load; the page's own content shows otherwise. */
  protected override shouldUpdate() {
    return !!this.localize.messages || !this.renderRoot.hasChildNodes();
  }

  /**
   * Marks the element `:state(rendered)` once its content is on screen, so a page can keep the
   * space it reserved (`kz-af-trade:not(:state(rendered)) { min-block-size: … }`) while the
   * edition's words are still on their way, and nothing moves when they arrive.
   */
  protected override firstUpdated() {
    try {
      this.states = this.attachInternals().states;
      this.states.add('rendered');
    } catch {
      // No custom states in this browser (Safari before 17.4): the page's reservation ends at
      // upgrade instead, which CSS written for it handles.
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { messages, locale } = this.localize;
    if (messages) void followDataset(this, this.facts, locale, messages);
    for (const [state, on] of [
      ['table', this.dataShown],
      ['corrected', !!this.facts.correctedOn],
    ] as const)
      if (on) this.states?.add(state);
      else this.states?.delete(state);
  }

  protected override update(changed: PropertyValues) {
    if (this.replacePrerendered) this.renderRoot.replaceChildren();
    super.update(changed);
    if (this.hydrating) redrawIfStale(this.shadowRoot!, this.render() as TemplateResult, this.renderOptions);
    this.replacePrerendered = this.hydrating = false;
  }

  override render() {
    const { messages: m, locale } = this.localize;
    if (!m) return html`<slot></slot>`;
    const variant = oneOf(this, 'variant', this.variant, variants, 'full');
    const theme = oneOf(this, 'theme', this.theme, themes, 'auto');
    const dir = oneOf(this, 'dir', this.getAttribute('dir'), directions, '');
    const format = formatters(locale);
    const view: View = {
      messages: m,
      format,
      short: (millions) => m.millionUsdShort(format.decimal(millions)),
      level: headingLevel(this, this.headingLevel),
      rtl: (dir === 'ltr' || dir === 'rtl' ? dir : m.direction) === 'rtl',
      actions: !actionsHidden(this.noActions),
      reuse: (action) => void this.reuse.run(action),
    };
    const sections: readonly Section[] = variant === 'compact' ? ['trade'] : sectionList(this, this.sections);
    const trade = (compact: boolean) =>
      tradeSection({ ...view, actions: view.actions && !compact }, this.facts, this.dataShown, () => {
        this.dataShown = !this.dataShown;
        emit(this, 'kz-af-trade-view', { view: this.dataShown ? 'table' : 'chart' });
      });
    return html`<section
      part="card"
      class="card ${variant} theme-${theme}"
      lang=${intlSettings[locale].locales[0]}
      dir=${dir || m.direction}
      aria-labelledby="title"
    >
      ${heading(view, m.title, 'title', 0)}
      ${sections.map((name) =>
        name === 'trade'
          ? trade(variant === 'compact')
          : name === 'exports'
            ? exportsSection(view)
            : textSection(view, name),
      )}
      <footer class="footer">${notes(view, this.facts, sections)} ${view.actions ? shareMenu(view) : nothing}</footer>
      <span class="visually-hidden" role="status">${this.reuse.status ? m[this.reuse.status] : ''}</span>
    </section>`;
  }
}
