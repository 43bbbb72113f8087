// The widget in iframes served with the strict policy exactly as issue 6 gives it (no hash, no
// exception for the test runner): the built bundle, and the source modules.
import { ViolationLog, exerciseEverything, policy, type Widget } from './exercise.js';
import type { Violation } from './exercise.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
const show = (value: unknown) => JSON.stringify(value, null, 1);

type FrameWindow = Window & { kzViolations: Violation[] };

async function open(path: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('kz-af-trade');
  return { frame, win, doc: frame.contentDocument! };
}

for (const [what, path] of [
  ['dist/kz-af-trade.js', '/test/csp/frame-dist.html'],
  ['dist/kz-af-trade.iife.js', '/test/csp/frame-iife.html'],
  ['src/kz-af-trade.ts', '/test/csp/frame-src.html'],
]) {
  describe(`strict CSP, exact header, in an iframe: ${what}`, () => {
    it('the frame is served with exactly the policy', async () => {
      const header = (await fetch(path)).headers.get('content-security-policy');
      check(header === policy, `served with ${show(header)}`);
    });

    it('renders every edition, variant, theme, attribute change and Chart/Table view with zero violations', async function () {
      this.timeout(60_000);
      const { frame, win, doc } = await open(path);
      try {
        const log = new ViolationLog(doc);
        const first = doc.querySelector('kz-af-trade') as Widget;
        await first.updateComplete;
        check(first.shadowRoot?.querySelectorAll('[part~="bar"]').length, 'the page’s own widget has no bars');
        const count = await exerciseEverything(doc, log);
        check(count > 40, `only ${count} widgets rendered`);
        const seen = [...win.kzViolations, ...log.seen];
        check(seen.length === 0, `violations: ${show(seen)}`);
      } finally {
        frame.remove();
      }
    });
  });
}
