import { expect, fixture } from '@open-wc/testing';
import type { CSSResult, TemplateResult } from 'lit';
import type { KzAfTrade } from '../src/kz-af-trade.js';

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

/** Number formatting as the widget's editions do it, straight from Intl. */
export const decimal = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
export const percent = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
export const longDate = (lang: string, isoDate: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));

/** The rendered width of an SVG shape, in CSS pixels. */
export const widthOf = (element: Element) => element.getBoundingClientRect().width;

/** The trade period as the widget's heading gives it, straight from Intl. */
export const monthRange = (lang: string) =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    new Date('2022-01-15T12:00:00Z'),
    new Date('2022-08-15T12:00:00Z'),
  );

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
