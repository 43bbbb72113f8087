// Loads a page of the repository in an iframe and waits for its <kz-af-trade> to render. The page
// has its own realm (its own Lit, its own custom element registry), so the test page's Lit never
// meets the bundle's.

export interface Frame {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Policy violations the page reported (the pages are served with the strict CSP). */
  violations: string[];
}

/** Resolves once `condition` is truthy, polling each animation frame; rejects after `timeout` ms (a bound for failures only, under the 30 s a test). */
export async function until<T>(condition: () => T, message: string, timeout = 25_000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Adds an iframe with these attributes (`src` or `srcdoc`, `sandbox`…) and resolves once it has loaded. */
export function loadFrame(attributes: Record<string, string>, width = 720, height = 600): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  iframe.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    iframe.addEventListener('load', () => resolve(iframe), { once: true }),
  );
  document.body.append(iframe);
  return loaded;
}

export async function openFrame(path: string): Promise<Frame> {
  const frame = await loadFrame({ src: path }, 900, 700);
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
  );
  // the definition itself, not a poll of it: a loaded machine may take seconds to run the bundle
  await win.customElements.whenDefined('kz-af-trade');
  return { frame, window: win, document: win.document, violations };
}

/** The widget's rendered heading (part="heading"), once its text is `title`. */
export function headingOf(widget: Element): HTMLElement | null {
  return widget.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]') ?? null;
}

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
