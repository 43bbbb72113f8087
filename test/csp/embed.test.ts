// The pre-rendered snippets of dist/embed/ on a page with the strict policy: their one inline
// <style> is admitted by the hash dist/embed/csp.json publishes (README "Embedding without
// JavaScript"), with scripts off and while the element hydrates; without the hash it is refused.
import { loadFrame } from '../examples/frame.js';
import type { Violation } from './exercise.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

type FrameWindow = Window & { kzViolations?: Violation[] };

/** Loads a snippet's page (web-test-runner.config.mjs serves it) in an iframe. */
async function open(snippet: string, style: 'hash' | 'none', scripts: boolean) {
  const frame = await loadFrame(
    {
      // without allow-scripts nothing in the frame runs: the snippet as a reader without JavaScript gets it
      sandbox: scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin',
      src: `/test/csp/embed/${snippet}.html?style=${style}`,
    },
    720,
    900,
  );
  const win = frame.contentWindow as FrameWindow;
  const el = frame.contentDocument!.querySelector('kz-af-trade')!;
  const card = el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
  return { frame, win, el, card };
}

/** The snippet's own stylesheet is in force: the card's accent rule, and the table visually hidden. */
function styled(card: HTMLElement) {
  const table = card.querySelector('table')!;
  return (
    getComputedStyle(card).borderBlockStartWidth === '4px' && table.parentElement!.getBoundingClientRect().height <= 1
  );
}

for (const snippet of ['fr-full', 'fa-compact']) {
  describe(`strict CSP: the pre-rendered ${snippet}.html snippet`, () => {
    afterEach(() => document.body.replaceChildren());

    it('with scripts off, is styled when the page lists the published hash', async () => {
      const { card } = await open(snippet, 'hash', false);
      check(styled(card), 'the inline style was not applied');
    });

    it('with scripts off and without the hash, its style is refused (the policy is in force)', async () => {
      const { card } = await open(snippet, 'none', false);
      check(!styled(card), 'the inline style applied although the policy forbids it');
    });

    it('hydrates with the hash and zero violations', async () => {
      const { win, el } = await open(snippet, 'hash', true);
      await win.customElements.whenDefined('kz-af-trade');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      check(el.matches(':state(rendered)'), 'the element did not finish hydrating');
      const seen = win.kzViolations ?? [];
      check(seen.length === 0, `violations: ${JSON.stringify(seen)}`);
    });

    it('without the hash, the page reports the inline style as a violation', async () => {
      const { win } = await open(snippet, 'none', true);
      check(win.kzViolations, 'the probe did not run');
      const seen = win.kzViolations;
      // The report is an event of its own task, which may come after the frame's load event: wait
      // for it (the probe records each one first, as its listener was added before this one).
      const reported = () => seen.some((violation) => violation.directive.startsWith('style-src'));
      await new Promise<void>((resolve) => {
        const onViolation = () => {
          if (!reported()) return;
          win.document.removeEventListener('securitypolicyviolation', onViolation, true);
          resolve();
        };
        win.document.addEventListener('securitypolicyviolation', onViolation, true);
        onViolation();
      });
      check(reported(), `no style-src violation: ${JSON.stringify(seen)}`);
    });
  });
}
