import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import {
  agriFoodOutlookBillionUsd,
  deriveTrade,
  flourWheatVolumeShareLowerBound,
  shippedFacts,
  type ShownFacts,
} from './data/facts.js';
import { formatters, millionUsd } from './format.js';
import { followLang, unfollowLang } from './lang-observer.js';
import {
  fallbackLocale,
  intlSettings,
  locales,
  loadedMessages,
  loadMessages,
  matchLocale,
  shownLocale,
  type Locale,
  type Messages,
} from './locales/index.js';
import { styles } from './kz-af-trade.styles.js';
import { version } from './version.js';

const variants = ['full', 'compact'] as const;
const themes = ['auto', 'light', 'dark'] as const;
const sectionNames = ['trade', 'exports', 'vehicles', 'mining', 'outlook'] as const;
const directions = ['ltr', 'rtl', 'auto'] as const;

type Variant = (typeof variants)[number];
type Theme = (typeof themes)[number];
type Section = (typeof sectionNames)[number];

const defaultHeadingLevel = 3;

/** Warns once, in the shape every bad value gets: attribute, value, what is accepted, what is used. */
function warnInvalid(attribute: string, value: unknown, accepted: string, fallback: string) {
  console.warn(
    `<kz-af-trade>: ${attribute}="${String(value).slice(0, 80)}" is not valid; expected ${accepted}. Using ${fallback}.`,
  );
}

/** The nearest `lang` above the element, across shadow roots (the host page's outline). */
function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * A fact box on Kazakhstan–Afghanistan trade (January–August 2022) with a compact bar chart,
 * from an economic forum of 22 October 2022.
 *
 * @summary The facts of the story and a compact bar chart, themed with CSS custom properties.
 *
 * @attr lang - Edition: `fr`, `en`, `ru`, `kk`, `fa` (Dari; also `prs`) or `ps` (Pashto; also `pbt`, `pbu`); any BCP 47 tag matches by language (`fr-CA` → `fr`). Default: the nearest ancestor's `lang`, else `en`.
 * @attr dir - `ltr`, `rtl` or `auto`: overrides the direction the edition sets for itself (`rtl` for `fa` and `ps`).
 *
 * @cssprop [--kz-af-trade-font-family=inherit] - Font stack; by default the site's own typography.
 * @cssprop [--kz-af-trade-text-color=#1a1c1f] - Body text (dark theme: `#f1f2f4`).
 * @cssprop [--kz-af-trade-muted-color=#595e66] - Secondary text: labels, notes, source (dark: `#aeb4bd`).
 * @cssprop [--kz-af-trade-background=#ffffff] - Card background (dark: `#17191d`).
 * @cssprop [--kz-af-trade-border-color=#d5d8dc] - Card border and rules between sections (dark: `#3b4048`).
 * @cssprop [--kz-af-trade-radius=4px] - Card corner radius.
 * @cssprop [--kz-af-trade-kz-color=#0b6e99] - Bars of Kazakh exports (dark: `#5cb8e6`).
 * @cssprop [--kz-af-trade-af-color=#c2410c] - Bar of Afghan exports (dark: `#f28c4b`).
 * @cssprop [--kz-af-trade-accent-color=#0b6e99] - Rule along the top of the card (dark: `#5cb8e6`).
 * @cssprop [--kz-af-trade-max-width=42rem] - Largest inline size of the card.
 *
 * @csspart card - The fact box.
 * @csspart heading - The fact box's heading.
 * @csspart section-heading - The heading of each section.
 * @csspart chart - The bar chart figure.
 * @csspart bar - Every bar.
 * @csspart bar-kz - Bars of Kazakh exports.
 * @csspart bar-af - The bar of Afghan exports.
 * @csspart label - The label of a figure.
 * @csspart value - A formatted figure.
 * @csspart source - The source line: who said it, where and when.
 * @csspart toggle - The Chart / Table buttons.
 * @csspart action - The reuse buttons: copy a section, download the data (CSV) and the chart (SVG, PNG).
 *
 * @slot - Shown only if the widget cannot load any edition's words (offline after its script): a link to the story, say. Without it, the element collapses rather than leave a blank box.
 *
 * @cssstate rendered - Set once the content is on screen: `kz-af-trade:not(:state(rendered))` keeps a page's reserved space until then.
 */
export class KzAfTrade extends LitElement {
  static override styles = styles;

  // Declared without decorators: the decorator helpers cost more bytes than this table.
  static override properties = {
    variant: {},
    sections: {},
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    noActions: { attribute: 'no-actions', type: Boolean },
    data: { attribute: false },
    childData: { state: true },
    copied: { state: true },
    view: { state: true },
    ancestorLang: { state: true },
  };

  /** The package version, so a second copy on the page can tell whether it differs. */
  static readonly version = version;

  /** `full` (every section) or `compact` (headline figure, trade bars and source, for a sidebar). */
  variant: Variant = 'full';

  /** Space-separated, ordered subset of `trade exports vehicles mining outlook` shown by the `full` variant. Default: all, in that order. */
  sections = sectionNames.join(' ');

  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  theme: Theme = 'auto';

  /** 2–6: the level of the fact box's heading in the page outline; section headings sit one below. */
  headingLevel = 3;

  /** Hides the reuse actions (copy a fact, download the data and the chart). */
  noActions = false;

  /** A newsroom's correction of the figures, period or source (see README); wins over a JSON `<script>` child. */
  data?: unknown;

  /** The correction given as a `<script type="application/json">` child, read when the element connects. */
  private childData?: unknown;

  /** The section whose text was just copied, announced for a moment. */
  private copied?: Section;

  /** Which view of the trade figures is shown: the bars, or the same figures as a table. */
  private view: 'chart' | 'table' = 'chart';

  /** The nearest ancestor's `lang`, used when the element has none. */
  private ancestorLang = '';

  private langAttribute: string | undefined;
  private dirAttribute = '';
  /** The author's `dir`, when valid: it wins over the edition's own direction. */
  private authorDir: (typeof directions)[number] | '' = '';
  private locale: Locale = fallbackLocale;
  // Set before the first render of the facts: scheduleUpdate waits for the edition's file.
  private messages!: Messages;
  /** Changes that arrived while updates were held back (offline), for the next update to apply. */
  private heldChanges: PropertyValues = new Map();
  private facts: ShownFacts = shippedFacts;
  private checkedInput?: unknown;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private resolvedVariant: Variant = 'full';
  private resolvedTheme: Theme = 'auto';
  private resolvedSections: readonly Section[] = sectionNames;
  private resolvedHeadingLevel = defaultHeadingLevel;

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
    this.ancestorLang = inheritedLang(this);
    this.childData = this.readChildData();
    followLang(this, () => {
      this.ancestorLang = inheritedLang(this);
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unfollowLang(this);
    clearTimeout(this.copiedTimer);
  }

  /**
   * Marks the element `:state(rendered)` once its content is on screen, so a page can keep the
   * space it reserved (`kz-af-trade:not(:state(rendered)) { min-block-size: … }`) while the
   * edition's words are still on their way, and nothing moves when they arrive.
   */
  protected override firstUpdated() {
    try {
      this.attachInternals().states.add('rendered');
    } catch {
      // No custom states in this browser (Safari before 17.4): the page's reservation ends at
      // upgrade instead, which CSS written for it handles.
    }
  }

  /**
   * Holds an update until what it shows is ready: the edition's messages (no flash of another
   * language) and a publisher correction, checked by code loaded only when there is one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // The language may change again while an edition loads: wait until the latest one is here.
    for (let locale = this.requestedLocale(); !loadedMessages(locale); locale = this.requestedLocale()) {
      if (!(await loadMessages(locale))) break; // no edition could load at all: see `offline`
    }
    const input = this.data ?? this.childData;
    if (input !== this.checkedInput) {
      this.checkedInput = input;
      this.facts = input === undefined ? shippedFacts : await this.checkPublisherData(input);
    }
    super.scheduleUpdate();
  }

  /** No edition could load at all (offline): an empty element shows the page's own content inside it, not a blank box. */
  private get offline() {
    return !loadedMessages(this.requestedLocale());
  }

  /**
   * When no edition could load, markup already there (pre-rendered, or an earlier render) stays
   * as it is. The update still completes, and its changes are kept for the next one that renders.
   */
  protected override shouldUpdate(changed: PropertyValues) {
    const hold = this.offline && this.renderRoot.hasChildNodes();
    if (hold) changed.forEach((old, key) => this.heldChanges.has(key) || this.heldChanges.set(key, old));
    return !hold;
  }

  protected override willUpdate(changed: PropertyValues) {
    this.heldChanges.forEach((old, key) => changed.has(key) || changed.set(key, old));
    this.heldChanges.clear();
    const lang = this.getAttribute('lang') ?? '';
    if (lang !== this.langAttribute || changed.has('ancestorLang')) {
      this.langAttribute = lang;
      // Numbers, dates, `lang` and direction follow the words actually shown (English, if the
      // edition's file could not load), never a mix.
      this.locale = shownLocale(this.requestedLocale(true));
      this.messages = loadedMessages(this.locale) ?? this.messages;
    }
    const dir = this.getAttribute('dir') ?? '';
    if (dir !== this.dirAttribute) {
      this.dirAttribute = dir;
      this.authorDir = dir && this.oneOf('dir', dir.toLowerCase(), directions, '');
    }
    if (changed.has('variant')) this.resolvedVariant = this.oneOf('variant', this.variant, variants, 'full');
    if (changed.has('theme')) this.resolvedTheme = this.oneOf('theme', this.theme, themes, 'auto');
    if (changed.has('sections')) this.resolvedSections = this.parseSections(this.sections);
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      const valid = Number.isInteger(level) && level >= 2 && level <= 6;
      if (!valid) {
        const given = this.getAttribute('heading-level') ?? level;
        warnInvalid('heading-level', given, 'an integer from 2 to 6', String(defaultHeadingLevel));
      }
      this.resolvedHeadingLevel = valid ? level : defaultHeadingLevel;
    }
  }

  /** Applies a publisher correction if it is valid; otherwise warns once, listing every problem. */
  private async checkPublisherData(input: unknown): Promise<ShownFacts> {
    try {
      const { applyPublisherData } = await import('./data/publisher-data.js');
      const { facts, problems } = applyPublisherData(input);
      if (problems.length) {
        console.warn(
          `<kz-af-trade>: the publisher data was not used, showing the shipped facts: ${problems.join('; ')}.`,
        );
      }
      return facts;
    } catch (error) {
      console.warn('<kz-af-trade>: could not check the publisher data; showing the shipped facts.', error);
      return shippedFacts;
    }
  }

  /** The JSON correction in a `<script type="application/json">` child, if any; warns when it does not parse. */
  private readChildData(): unknown {
    const script = [...this.children].find(
      (child) => child.localName === 'script' && child.getAttribute('type') === 'application/json',
    );
    if (!script) return undefined;
    try {
      return JSON.parse(script.textContent ?? '');
    } catch (error) {
      console.warn(
        `<kz-af-trade>: the <script type="application/json"> child is not valid JSON (${String(error).slice(0, 120)}); showing the shipped facts.`,
      );
      return undefined;
    }
  }

  /** The edition for the element's or its ancestors' language; warns (once per change) when it has none. */
  private requestedLocale(warn = false): Locale {
    const tag = this.getAttribute('lang') || this.ancestorLang;
    if (!tag) return fallbackLocale;
    const locale = matchLocale(tag);
    if (!locale && warn) warnInvalid('lang', tag, `a language tag of ${locales.join(', ')}`, `"${fallbackLocale}"`);
    return locale ?? fallbackLocale;
  }

  private oneOf<T extends string, F extends string>(
    attribute: string,
    value: string,
    accepted: readonly T[],
    fallback: F,
  ): T | F {
    if ((accepted as readonly string[]).includes(value)) return value as T;
    warnInvalid(attribute, value, accepted.join(', '), fallback ? `"${fallback}"` : 'the default');
    return fallback;
  }

  private parseSections(value: string): readonly Section[] {
    const tokens = value.trim().split(/\s+/).filter(Boolean);
    const known = tokens.filter((token): token is Section => (sectionNames as readonly string[]).includes(token));
    if (known.length !== tokens.length || known.length === 0) {
      warnInvalid(
        'sections',
        value,
        `space-separated names from "${sectionNames.join(' ')}"`,
        known.length ? `"${known.join(' ')}"` : 'all sections',
      );
    }
    return known.length ? [...new Set(known)] : sectionNames;
  }

  private heading(text: string, id: string, offset: 0 | 1) {
    return html`<div
      role="heading"
      aria-level=${Math.min(6, this.resolvedHeadingLevel + offset)}
      id=${id}
      part=${offset ? 'section-heading' : 'heading'}
      class="heading-${offset}"
    >
      ${text}
    </div>`;
  }

  /** A section's heading, with its copy button unless actions are hidden. */
  private sectionHead(name: Section, text: string) {
    const m = this.messages;
    return html`<div class="section-head">
      ${this.heading(text, `${name}-heading`, 1)}
      ${
        this.noActions
          ? nothing
          : html`<button type="button" part="action" class="copy" @click=${() => this.reuse(name)}>
              ${m.copy}<span class="visually-hidden"> ${text}</span>
            </button>`
      }
    </div>`;
  }

  /** Runs a reuse action (copy a section, download data or chart), loading its code on first use. */
  private async reuse(action: 'csv' | 'svg' | 'png' | Section) {
    const file = action === 'csv' || action === 'svg' || action === 'png';
    try {
      const actions = await import('./actions.js');
      const context = { root: this.renderRoot, messages: this.messages, facts: this.facts, locale: this.locale };
      if (action === 'csv') actions.downloadData(context);
      else if (file) await actions.downloadChart(context, action);
      else {
        await actions.copySection(context, action);
        this.copied = action;
        clearTimeout(this.copiedTimer);
        this.copiedTimer = setTimeout(() => (this.copied = undefined), 2500);
      }
    } catch (error) {
      const what = file ? `save the ${action.toUpperCase()} file` : 'copy to the clipboard';
      console.warn(`<kz-af-trade>: could not ${what}.`, error);
    }
  }

  private money(millions: number) {
    return millionUsd(this.messages, this.locale, millions);
  }

  /** A bar on the shared scale (0 → total): width is exactly value / total, with no minimum. */
  private bar(country: 'kz' | 'af', label: string, note: string, value: number, total: number) {
    return html`<div class="row ${country}">
      <span part="label" class="label">${label} <span class="sub">${note}</span></span>
      <span part="value" class="value">${this.money(value)}</span>
      <svg class="track" aria-hidden="true" focusable="false">
        ${svg`<rect class="rail" width="100%" height="100%"></rect>
          <rect part="bar bar-${country}" class="bar" height="100%" width=${`${(value / total) * 100}%`}></rect>`}
      </svg>
    </div>`;
  }

  private tradeSection() {
    const m = this.messages;
    const f = formatters(this.locale);
    const { trade } = this.facts;
    const { totalMillionUsd: total, kzExportsMillionUsd: kz, period } = trade;
    const { afExportsMillionUsd: af, kzShare } = deriveTrade(trade);
    return html`<section class="section trade" aria-labelledby="trade-heading">
      ${this.sectionHead('trade', m.tradeHeading(f.monthRange(period.start, period.end)))}
      <p class="headline">
        <span part="value" class="headline-value">${this.money(total)}</span>
        <span part="label" class="headline-label">${m.totalLabel}</span>
      </p>
      <div class="views" role="group" aria-label=${m.viewLabel}>
        ${(['chart', 'table'] as const).map(
          (view) =>
            html`<button
              type="button"
              part="toggle"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => (this.view = view)}
            >
              ${view === 'chart' ? m.showChart : m.showTable}
            </button>`,
        )}
      </div>
      <figure part="chart" class="chart" aria-labelledby="chart-label">
        <figcaption id="chart-label" class="visually-hidden">${m.chartLabel}</figcaption>
        <p class="visually-hidden summary">
          ${m.chartSummary(this.money(kz), this.money(total), f.percent(kzShare), this.money(af))}
        </p>
        ${
          this.view === 'chart'
            ? html`<div class="bars" aria-hidden="true">
                ${this.bar('kz', m.kzExportsLabel, m.derived(m.kzShareOfTotal(f.percent(kzShare))), kz, total)}
                ${this.bar('af', m.afExportsLabel, m.derived(m.afExportsDerivation), af, total)}
              </div>`
            : nothing
        }
        <div class=${this.view === 'chart' ? 'visually-hidden' : ''}>
          <table class="data">
            <caption>
              ${m.tableCaption(f.monthRange(period.start, period.end))}
            </caption>
            <thead>
              <tr>
                <th scope="col">${m.tableFlow}</th>
                <th scope="col">${m.tableValue}</th>
                <th scope="col">${m.derived(m.tableShare)}</th>
                <th scope="col">${m.tableBasis}</th>
              </tr>
            </thead>
            <tbody>
              ${(
                [
                  [m.totalLabel, total, m.reported],
                  [m.kzExportsLabel, kz, m.reported],
                  [m.afExportsLabel, af, m.derivedBasis],
                ] as const
              ).map(
                ([flow, value, basis]) =>
                  html`<tr>
                    <th scope="row">${flow}</th>
                    <td>${f.decimal(value)}</td>
                    <td>${f.percent(value / total)}</td>
                    <td>${basis}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </figure>
    </section>`;
  }

  private exportsSection() {
    const m = this.messages;
    const f = formatters(this.locale);
    const share = flourWheatVolumeShareLowerBound;
    return html`<section class="section" aria-labelledby="exports-heading">
      ${this.sectionHead('exports', m.exportsHeading)}
      <dl class="facts">
        <dt>${m.kzSellsLabel}</dt>
        <dd>
          ${m.kzSells}
          <div class="row lower-bound kz">
            <span part="label" class="label">${m.flourWheatShare(f.percent(share))}</span>
            <svg class="track" aria-hidden="true" focusable="false">
              ${svg`<rect class="rail" width="100%" height="100%"></rect>
                <rect part="bar bar-kz" class="bar" height="100%" width=${`${share * 100}%`}></rect>
                <rect class="beyond" height="100%" x=${`${share * 100}%`} width=${`${(1 - share) * 100}%`}></rect>`}
            </svg>
            <span class="note">${m.flourWheatNote}</span>
          </div>
        </dd>
        <dt>${m.afSellsLabel}</dt>
        <dd>${this.list(m.afProducts)}</dd>
      </dl>
    </section>`;
  }

  private list(items: readonly string[], isolate = false) {
    return formatters(this.locale)
      .list(items)
      .map(({ type, value }) => (type === 'element' && isolate ? html`<bdi>${value}</bdi>` : value));
  }

  private textSection(name: 'vehicles' | 'mining' | 'outlook') {
    const m = this.messages;
    const f = formatters(this.locale);
    const body = {
      vehicles: html`<p>${m.vehicles}</p>`,
      mining: html`<p>${m.mining} ${this.list(m.minerals)}.</p>
        <p>${m.miningCompaniesLabel} ${this.list(m.companies, true)}.</p>`,
      outlook: html`<p class="outlook">${m.outlook(m.billionUsd(f.decimal(agriFoodOutlookBillionUsd)))}</p>`,
    }[name];
    return html`<section class="section" aria-labelledby="${name}-heading">
      ${this.sectionHead(name, m[`${name}Heading`])} ${body}
    </section>`;
  }

  override render() {
    if (this.offline) return html`<slot></slot>`;
    const m = this.messages;
    const compact = this.resolvedVariant === 'compact';
    const sections: readonly Section[] = compact ? ['trade'] : this.resolvedSections;
    return html`<section
      part="card"
      class="card ${this.resolvedVariant} theme-${this.resolvedTheme}"
      lang=${intlSettings[this.locale].locales[0]}
      dir=${this.authorDir || m.direction}
      aria-labelledby="title"
    >
      ${this.heading(m.title, 'title', 0)}
      ${sections.map((name) =>
        name === 'trade' ? this.tradeSection() : name === 'exports' ? this.exportsSection() : this.textSection(name),
      )}
      <p part="source" class="source">
        ${
          this.facts.source
            ? html`<bdi>${this.facts.source}</bdi>`
            : m.source(m.speaker, formatters(this.locale).date(this.facts.announcedOn))
        }
      </p>
      ${
        this.noActions
          ? nothing
          : html`<div class="actions" role="group" aria-label=${m.actionsLabel}>
              <button type="button" part="action" @click=${() => this.reuse('csv')}>${m.downloadData}</button>
              <button type="button" part="action" @click=${() => this.reuse('svg')}>${m.downloadSvg}</button>
              <button type="button" part="action" @click=${() => this.reuse('png')}>${m.downloadPng}</button>
            </div>`
      }
      <span class="visually-hidden" role="status">${this.copied ? m.copied : ''}</span>
    </section>`;
  }
}
