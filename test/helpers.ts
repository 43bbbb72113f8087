import { expect, fixture } from '@open-wc/testing';
import type { CSSResult, TemplateResult } from 'lit';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import type { Messages } from '../src/locales/index.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';

/** The widget's text as a reader sees it, layout whitespace folded (no-break spaces kept: Intl uses them). */
export function textOf(element: Element | ShadowRoot): string {
  return (element.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

export function shadow(element: KzAfTrade): ShadowRoot {
  return element.shadowRoot!;
}

/** Renders a template and returns its `<kz-af-trade>` (the template's root or its first descendant). */
export async function render(template: TemplateResult): Promise<KzAfTrade> {
  const root = await fixture<HTMLElement>(template);
  const element = root.localName === 'kz-af-trade' ? (root as KzAfTrade) : root.querySelector('kz-af-trade')!;
  await element.updateComplete;
  return element;
}

/** Records `console.warn` calls while `run` executes, and keeps them off the console. */
export async function collectWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Number formatting as the widget's editions do it: from Intl, the percent sign in an edition's own style where it has one. */
export const decimal = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
export const percent = (lang: string, value: number) =>
  ownPercent[lang]?.(decimal(lang, value * 100)) ??
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const ownPercent: Record<string, ((figure: string) => string) | undefined> = Object.fromEntries(
  Object.entries({ fr, en, ru, kk, fa, ps }).map(([lang, m]) => [lang, m.calendar.percent]),
);
/** A Gregorian day in an edition's house style (its own month names and pattern), with Western digits. */
export const longDate = (m: Messages, isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return m.calendar.date(String(year), m.calendar.months[month - 1], String(day));
};

/** The level of a native heading (`<h2>`–`<h6>`), or NaN for anything else. */
export const headingLevelOf = (heading: Element | null) =>
  heading && /^h[2-6]$/.test(heading.localName) ? Number(heading.localName[1]) : NaN;

/** The rendered width of an SVG shape, in CSS pixels. */
export const widthOf = (element: Element) => element.getBoundingClientRect().width;

/** The trade period, January–August 2022, in an edition's house style; `figure` writes the year in its digits. */
export const monthRange = (m: Messages, figure: (value: number) => string = String) => {
  const months = m.calendar.periodMonths ?? m.calendar.months;
  return m.calendar.monthRange(figure(2022), months[0], months[7]);
};

/** A list joined in an edition's house style. */
export const joined = (m: Messages, items: readonly string[]) =>
  items
    .map(
      (item, i) =>
        item + (i < items.length - 2 ? m.calendar.list[0] : i === items.length - 2 ? m.calendar.list[1] : ''),
    )
    .join('');

/** Relative luminance (WCAG 2.2) of a computed colour: `rgb()`/`rgba()`, or `color(srgb …)` (what a color-mix() computes to). */
export function luminance(color: string): number {
  const scale = color.startsWith('color(srgb') ? 1 : 255;
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / scale;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Applies the widget's own `@media <condition>` rules as if the condition held, by adopting a copy
 * of its stylesheet where that condition reads `all`. Works in every engine, unlike the test
 * runner's `emulateMedia`, which only Chromium supports here.
 */
export function emulateMediaInWidget(element: KzAfTrade, condition: string) {
  const styles = (element.constructor as typeof KzAfTrade).styles as CSSResult;
  const cssText = styles.cssText.split(`@media ${condition}`).join('@media all');
  expect(cssText, `the widget has an @media ${condition} block`).not.to.equal(styles.cssText);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  element.shadowRoot!.adoptedStyleSheets = [sheet];
}

/** The computed value of a CSS colour (a system colour, say) in this engine. */
export function resolvedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** A button of the widget, by the start of its label. */
export const button = (el: KzAfTrade, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(label))!;

/** Catches the file a click would save: the Blob given to a temporary download link, and its name. */
export async function savedFile(click: () => void): Promise<{ name: string; blob: Blob }> {
  const { createObjectURL } = URL;
  const { click: linkClick } = HTMLAnchorElement.prototype;
  const blobs = new Map<string, Blob>();
  try {
    return await new Promise((resolve) => {
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        resolve({ name: this.download, blob: blobs.get(this.href)! });
      };
      click();
    });
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = linkClick;
  }
}
