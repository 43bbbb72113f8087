// Shared by the csp group's tests: records Content-Security-Policy violations in a document and
// drives every state of the widget there (each edition, variant and theme, attribute changes,
// the data table's control, a page language switch). Used on the runner page itself (served with
// the policy, plus hashes for web-test-runner's own inline bootstrap) and in iframes served with
// the policy byte for byte.

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

export const editions = ['fr', 'en', 'ru', 'kk', 'fa', 'ps'] as const;
const variants = ['full', 'compact'] as const;
const themes = ['auto', 'light', 'dark'] as const;

/**
 * The policy issue 6 requires (scripts/csp.mjs; the web-test-runner config sends it), with the
 * Trusted Types policies a page's scripts create: the widget's CDN files' Lit, "kz-af-trade"; an
 * app's own Lit, "lit-html".
 */
export const policyWith = (trustedTypes = 'kz-af-trade') =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Every `securitypolicyviolation` seen by `doc` or any shadow root handed to `watch`, each once. */
export class ViolationLog {
  readonly seen: Violation[] = [];
  private readonly events = new WeakSet<Event>();
  private readonly roots = new WeakSet<Node>();
  private readonly waiting = new Set<() => void>();

  constructor(doc: Document) {
    this.watch(doc);
  }

  watch(root: Document | ShadowRoot) {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    root.addEventListener(
      'securitypolicyviolation',
      (event) => this.record(event as SecurityPolicyViolationEvent),
      true,
    );
  }

  private record(event: SecurityPolicyViolationEvent) {
    if (this.events.has(event)) return;
    this.events.add(event);
    this.seen.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
    });
    for (const check of [...this.waiting]) check();
  }

  /**
   * Resolves once `test` holds for the violations seen: at once, or at the violation that makes
   * it hold. The events are dispatched as tasks, in no set order with timers: a test that expects
   * a violation waits for the event itself, never for a window of time.
   */
  until(test: (seen: readonly Violation[]) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!test(this.seen)) return;
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
      check();
    });
  }

  /**
   * Lets the events queued so far arrive (they are dispatched as tasks), before a check that none
   * came. Only for that: a violation that arrives later can only make such a check pass, never
   * fail; a test that expects a violation uses `until`.
   */
  static async settle(win: Window = window) {
    await new Promise((resolve) => win.setTimeout(resolve, 50));
  }
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));

/** What any rendered state must show: a heading with text, and in chart view the two trade bars. */
export function assertRendered(el: Widget, where: string) {
  const root = el.shadowRoot;
  if (!root) throw new Error(`${where}: no shadow root`);
  const heading = root.querySelector('[part~="heading"]');
  if (!heading?.textContent?.trim()) throw new Error(`${where}: no heading text`);
  // the trade chart (absent from a `sections` without "trade"): its two parts, table shown or not
  const chart = root.querySelector('[part~="chart"]');
  const bars = chart?.querySelectorAll('[part~="bar"]').length ?? 0;
  if (chart && bars !== 2) throw new Error(`${where}: ${bars} bars in the chart`);
}

async function make(doc: Document, log: ViolationLog, attributes: Record<string, string>): Promise<Widget> {
  const el = doc.createElement('kz-af-trade') as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  doc.body.append(el);
  if (el.shadowRoot) log.watch(el.shadowRoot);
  await el.updateComplete;
  return el;
}

/**
 * Every state a reader or a publisher can reach, in `doc` (whose window has defined
 * `<kz-af-trade>`). Throws on a state that does not render; violations go to `log`.
 */
export async function exerciseEverything(doc: Document, log: ViolationLog): Promise<number> {
  const win = doc.defaultView!;
  const made: Widget[] = [];
  // every edition × variant × theme, painted (styles and SVG geometry applied)
  for (const lang of editions) {
    for (const variant of variants) {
      for (const theme of themes) {
        const el = await make(doc, log, { lang, variant, theme });
        assertRendered(el, `${lang} ${variant} ${theme}`);
        made.push(el);
      }
    }
  }
  await nextFrame(win);

  // one element through every attribute change
  const el = await make(doc, log, { lang: 'en' });
  const changes: [string, string][] = [
    ...editions.map((lang): [string, string] => ['lang', lang]),
    ['dir', 'rtl'],
    ['dir', 'ltr'],
    ['dir', 'auto'],
    ['variant', 'compact'],
    ['variant', 'full'],
    ['sections', 'outlook trade'],
    ['sections', 'mining exports vehicles trade outlook'],
    ...[2, 3, 4, 5, 6].map((level): [string, string] => ['heading-level', String(level)]),
    ['theme', 'dark'],
    ['theme', 'light'],
    ['theme', 'auto'],
  ];
  for (const [name, value] of changes) {
    el.setAttribute(name, value);
    await el.updateComplete;
    assertRendered(el, `${name}="${value}"`);
  }
  for (const name of ['dir', 'lang']) {
    el.removeAttribute(name);
    await el.updateComplete;
  }
  made.push(el);

  // the page changes its language: every widget without its own lang follows
  const html = doc.documentElement;
  const pageLang = html.getAttribute('lang');
  for (const lang of ['fa', 'ru', 'en']) {
    html.setAttribute('lang', lang);
    await new Promise((resolve) => win.setTimeout(resolve, 0));
    await el.updateComplete;
    assertRendered(el, `<html lang="${lang}">`);
  }
  if (pageLang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', pageLang);

  // Show the data, and hide it again, in each edition
  for (const lang of editions) {
    const widget = await make(doc, log, { lang });
    for (const shown of [true, false, true, false]) {
      const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-data"]');
      if (!button) throw new Error(`${lang}: no "show the data" control`);
      button.click();
      await widget.updateComplete;
      const table = widget.shadowRoot!.querySelector('table')!.parentElement!;
      if (table.classList.contains('visually-hidden') === shown) throw new Error(`${lang}: table shown ${!shown}`);
      assertRendered(widget, `${lang} data ${shown ? 'shown' : 'hidden'}`);
      await nextFrame(win);
    }
    made.push(widget);
  }

  await nextFrame(win);
  await ViolationLog.settle(win);
  const count = made.length;
  for (const widget of made) widget.remove();
  return count;
}
