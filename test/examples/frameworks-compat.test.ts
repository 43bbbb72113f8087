// An outside compatibility check, in the spirit of custom-elements-everywhere: <kz-af-trade> in
// Preact 10 and 11, Svelte 5 (element defined before the app renders, and after), Solid and Alpine,
// each page (examples/frameworks/, bundled from the packed package by scripts/build-examples.mjs)
// written as that framework's users write it. Every page binds the same state:
//
//   lang="en"  heading-level=2  no-actions={noActions}             (noActions: true at first)
//   variant={compact ? 'compact' : undefined}                      (compact: false)
//   sections={picked ? 'trade outlook' : undefined}                (picked: true)
//   theme={dark ? 'dark' : undefined}                              (dark: true)
//   data={corrected ? { totalMillionUsd: 400, kzExportsMillionUsd: 380, correctedOn: '2022-11-02' } : undefined}   (corrected: true)
//
// with a checkbox for each flag. The tests click them and check what a reader sees: the headline
// figure, the section headings, the buttons, the card's colours. A value bound to undefined or
// false (or null, in Alpine) is the framework's way of saying "not set": whatever it turns that into
// (an attribute removed, a property set to undefined or to ''), the element must show its default,
// silently. Each page records console.warn, console.error and uncaught errors from its first script
// on (test/examples/server.mjs); none may occur.
import { expect } from '@open-wc/testing';
import { trade } from '../../src/data/facts.js';
import en from '../../src/locales/en.js';
import { headingLevelOf } from '../helpers.js';
import { headingOf, openFrame, text, until, type Frame } from './frame.js';

const frameworks = [
  ['Preact 11', '/examples/frameworks/preact/index.html'],
  ['Preact 10', '/examples/frameworks/preact/v10.html'],
  ['Svelte 5', '/examples/frameworks/svelte/index.html'],
  ['Svelte 5, the element defined after the app rendered', '/examples/frameworks/svelte/late.html'],
  ['Solid', '/examples/frameworks/solid/index.html'],
  ['Alpine.js', '/examples/frameworks/alpine/index.html'],
] as const;

const allSections = ['trade', 'exports', 'vehicles', 'mining', 'outlook'];
const figure = (millions: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(millions);
// the card's background, light and dark (the documented defaults of --kz-af-trade-background)
const lightBackground = 'rgb(255, 255, 255)';
const darkBackground = 'rgb(29, 32, 37)'; // #1d2025, the dark palette's card

/** A section's name, from the heading the reader sees. */
function sectionOf(heading: string): string {
  if (heading.startsWith(en.tradeHeading('').trim())) return 'trade';
  const names = { exports: en.exportsHeading, vehicles: en.vehiclesHeading, mining: en.miningHeading };
  const named = Object.entries({ ...names, outlook: en.outlookHeading }).find(([, words]) => words === heading);
  return named ? named[0] : `unknown heading "${heading}"`;
}

for (const [framework, path] of frameworks) {
  describe(`<kz-af-trade> in ${framework}`, () => {
    let page: Frame;
    /** How many reports the first render made: each later test checks only what its own steps caused. */
    let firstRender: number;

    beforeEach(async () => {
      page = await openFrame(path);
      await settled('the first render');
      firstRender = reports().length;
    });

    afterEach(() => page.frame.remove());

    const widget = () => page.document.querySelector('kz-af-trade')!;
    const shadow = () => widget().shadowRoot!;
    /** What the page reported: console.warn and console.error calls, uncaught errors and rejections. */
    const reports = () => [...((page.window as unknown as { kzReports?: string[] }).kzReports ?? ['no report script'])];
    const sections = () => [...shadow().querySelectorAll('[part~="section-heading"]')].map((h) => sectionOf(text(h)));
    const headline = () => text(shadow().querySelector('[part~="value"]'));
    const visible = (element: Element) => element.getClientRects().length > 0;
    /** The card's controls a reader sees: the data table's and the share menu's. */
    const actions = () =>
      [...shadow().querySelectorAll('[part~="show-data"], [part~="share"]')].filter(visible).map((b) => text(b));
    /** What the share menu holds. */
    const menu = () => [...shadow().querySelectorAll('button[part~="action"]')].map((b) => text(b));
    const background = () => getComputedStyle(shadow().querySelector('[part~="card"]')!).backgroundColor;
    const click = (name: string) => page.document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.click();

    /** Waits for `condition`; on a timeout, says what the page reported meanwhile (a throw, a warning). */
    async function waitFor(condition: () => unknown, message: string) {
      try {
        await until(condition, message);
      } catch (error) {
        const said = reports();
        throw new Error(`${(error as Error).message}${said.length ? `; the page reported: ${said.join(' | ')}` : ''}`);
      }
    }

    /** A few frames more, for anything the last change still does (a late warning, a second update). */
    async function settled(message: string) {
      await waitFor(() => headingOf(widget())?.textContent?.includes(en.title), `${message}: the English title`);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
    }

    /** No console warning or error, no uncaught error, no policy violation, since the first render (or at all). */
    function expectSilence(since = firstRender) {
      expect(reports().slice(since), 'console warnings, errors and uncaught errors').to.deep.equal([]);
      expect(page.violations, 'policy violations').to.deep.equal([]);
    }

    it('renders the attributes and the corrected figures it was given', async () => {
      const heading = headingOf(widget())!;
      expect(headingLevelOf(heading), 'heading-level=2').to.equal(2);
      expect(headingLevelOf(shadow().querySelector('[part~="section-heading"]'))).to.equal(3);
      expect(headline()).to.include(figure(400)).and.not.include(figure(trade.totalMillionUsd));
      expect(sections()).to.deep.equal(['trade', 'outlook']);
      expect(actions(), 'no-actions: no reuse buttons').to.deep.equal([]);
      expect(background(), 'theme dark').to.equal(darkBackground);
      expectSilence(0);
    });

    it('shows the actions when no-actions is false, hides them when true', async () => {
      click('no-actions');
      await waitFor(() => actions().length > 0, 'the reuse buttons after no-actions went false');
      await settled('no-actions false');
      expect(actions()).to.deep.equal([en.showData, en.shareMenu]);
      expect(menu()).to.deep.equal([en.copyFacts, en.downloadData, en.downloadSvg, en.downloadPng]);
      click('no-actions');
      await waitFor(() => actions().length === 0, 'no reuse buttons after no-actions went true again');
      await settled('no-actions true');
      expectSilence();
    });

    it('shows all five sections when sections is removed', async () => {
      click('picked');
      await waitFor(() => sections().length === 5, 'the five sections once sections was removed');
      await settled('sections removed');
      expect(sections()).to.deep.equal(allSections);
      click('picked');
      await waitFor(() => sections().length === 2, 'the two picked sections again');
      await settled('sections picked again');
      expect(sections()).to.deep.equal(['trade', 'outlook']);
      expectSilence();
    });

    it('is full again when the compact variant is removed', async () => {
      click('compact');
      await waitFor(() => sections().length === 1, 'the compact variant: the trade section alone');
      await settled('variant compact');
      expect(sections()).to.deep.equal(['trade']);
      click('compact');
      await waitFor(() => sections().length === 2, 'the full variant again once variant was removed');
      await settled('variant removed');
      expect(sections()).to.deep.equal(['trade', 'outlook']);
      expectSilence();
    });

    it('follows the page’s colour scheme when the dark theme is removed', async () => {
      // the scheme the page gives the element's place, as a light-dark() colour there resolves
      const probe = page.document.createElement('span');
      probe.style.color = 'light-dark(rgb(0, 0, 0), rgb(255, 255, 255))';
      widget().parentElement!.append(probe);
      const schemeIsDark = page.window.getComputedStyle(probe).color === 'rgb(255, 255, 255)';
      probe.remove();
      click('dark');
      await waitFor(() => background() !== darkBackground || schemeIsDark, 'another background once theme was removed');
      await settled('theme removed');
      expect(background()).to.equal(schemeIsDark ? darkBackground : lightBackground);
      click('dark');
      await waitFor(() => background() === darkBackground, 'the dark background again');
      expectSilence();
    });

    it('shows the shipped figures when the data is removed, the correction when it is back', async () => {
      click('corrected');
      await waitFor(
        () => headline().includes(figure(trade.totalMillionUsd)),
        'the shipped total once data was removed',
      );
      await settled('data removed');
      click('corrected');
      await waitFor(() => headline().includes(figure(400)), 'the corrected total again');
      await settled('data back');
      expectSilence();
    });
  });
}
