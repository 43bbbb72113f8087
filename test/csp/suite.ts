// The csp group's tests on web-test-runner's own page, which the config serves with the policy
// (script-src also lists the hashes of the runner's two inline bootstrap scripts, nothing else).
//
// No @open-wc/testing here: it imports Lit, and a second Lit on the page cannot start under this
// policy (see the dist test), so these tests load no Lit but the widget's.
import { ViolationLog, exerciseEverything, policyWith } from './exercise.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
const show = (value: unknown) => JSON.stringify(value, null, 1);

interface TrustedTypesGlobal {
  trustedTypes?: { createPolicy(name: string, rules: object): unknown };
}

/** `load` defines `<kz-af-trade>` (from src or from the built bundle). */
export function runnerPageSuite(what: string, load: () => Promise<unknown>) {
  // listening before the widget's code is even loaded
  const log = new ViolationLog(document);

  describe(`strict CSP on the test page: ${what}`, () => {
    before(load);

    it('the page is served with the policy (plus hashes of the runner’s own inline scripts only)', async () => {
      const header = (await fetch(location.href)).headers.get('content-security-policy');
      const withoutHashes = header?.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, '');
      // the source suite's Lit and the built bundle's
      check(withoutHashes === policyWith('kz-af-trade lit-html'), `served with ${show(header)}`);
    });

    it('renders every edition, variant, theme, attribute change and Chart/Table view with zero violations', async function () {
      this.timeout(60_000);
      const count = await exerciseEverything(document, log);
      check(count > 40, `only ${count} widgets rendered`);
      check(log.seen.length === 0, `violations: ${show(log.seen)}`);
    });

    // Proves the listener would have caught one: a style attribute inside a shadow root is blocked.
    it('a violation inside a shadow root is seen (the probe works)', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      log.watch(root);
      const span = document.createElement('span');
      root.append(span);
      span.setAttribute('style', 'color: red');
      await log.until((seen) => seen.some((v) => v.directive.startsWith('style-src')));
      host.remove();
      const seen = log.seen.splice(0);
      check(seen.length >= 1 && seen.every((v) => v.directive.startsWith('style-src')), `seen: ${show(seen)}`);
      check(span.style.color === '', 'the inline style applied');
    });

    it('Trusted Types are enforced where the engine has them', async function () {
      const { trustedTypes } = window as unknown as TrustedTypesGlobal;
      if (!trustedTypes) this.skip();
      const div = document.createElement('div');
      const throws = (run: () => unknown) => {
        try {
          run();
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      };
      check(
        throws(() => (div.innerHTML = '<b>string HTML</b>')),
        'innerHTML took a string',
      );
      check(div.childElementCount === 0, 'an element was created from a string');
      check(
        throws(() => trustedTypes!.createPolicy('not-lit', {})),
        'a policy the page does not list was created',
      );
      const directives = () => log.seen.map((v) => v.directive);
      await log.until(
        () => directives().includes('require-trusted-types-for') && directives().includes('trusted-types'),
      );
      const seen = log.seen.splice(0).map((v) => v.directive);
      check(seen.includes('require-trusted-types-for') && seen.includes('trusted-types'), `seen: ${show(seen)}`);
    });
  });
}
