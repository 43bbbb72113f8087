// demo/configurator.html in a browser, under the strict CSP: every control changes the live widget
// and the embed code, and the code, parsed back, gives an element with exactly the preview's
// attributes and custom properties (every attribute round-trips).
import { expect } from '@open-wc/testing';
import en from '../../src/locales/en.js';
import fr from '../../src/locales/fr.js';
import { version } from '../../src/version.js';
import { headingLevelOf } from '../helpers.js';
import { headingOf, openFrame, text, until, type Frame } from './frame.js';

const ATTRIBUTES = ['lang', 'dir', 'variant', 'sections', 'theme', 'heading-level', 'no-actions'];

let page: Frame;
const preview = () => page.document.getElementById('preview')!;
/** The preview's render of what the form set on it (the page sets its attributes synchronously). */
const rendered = () => (preview() as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
const code = () => page.document.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
const control = <T extends Element>(selector: string) => page.document.querySelector<T>(`#settings ${selector}`)!;

function fire(element: Element, type: 'input' | 'change') {
  element.dispatchEvent(new page.window.Event(type, { bubbles: true }));
}
function choose(name: string, value: string) {
  const select = control<HTMLSelectElement>(`select[name="${name}"]`);
  select.value = value;
  fire(select, 'change');
}
function setColour(name: string, value: string) {
  const input = control<HTMLInputElement>(`input[name="${name}"]`);
  input.value = value;
  fire(input, 'input');
}

/** The embed code parsed back: its element's attributes and its <style>'s custom properties. */
function parseCode(source: string) {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const elements = doc.querySelectorAll('kz-af-trade');
  expect(elements.length, 'one <kz-af-trade> in the code').to.equal(1);
  const scripts = doc.querySelectorAll('script[type="module"][src]');
  expect(scripts.length, 'the code loads one script').to.equal(1);
  // a chosen edition's own file, its words inside; the generic file when the page's language decides
  const lang = elements[0].getAttribute('lang');
  expect(scripts[0].getAttribute('src')).to.equal(
    `https://cdn.example/kz-af-trade@${version}/kz-af-trade${lang ? `.${lang}` : ''}.js`,
  );
  expect(doc.querySelector('link'), 'nothing else to fetch').to.equal(null);
  const properties: Record<string, string> = {};
  for (const style of doc.querySelectorAll('style')) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent ?? '');
    for (const rule of sheet.cssRules) {
      const { selectorText, style: declarations } = rule as CSSStyleRule;
      // the reservation, until the widget renders (test/examples/layout-shift.test.ts measures it)
      if (selectorText !== 'kz-af-trade') {
        expect(selectorText).to.be.oneOf(['kz-af-trade:not(:defined)', 'kz-af-trade:not(:state(rendered))']);
        continue;
      }
      for (const name of declarations) properties[name] = declarations.getPropertyValue(name).trim();
    }
  }
  return { attributes: attributesOf(elements[0]), properties };
}

const attributesOf = (element: Element) =>
  Object.fromEntries(
    ATTRIBUTES.filter((name) => element.hasAttribute(name)).map((name) => [name, element.getAttribute(name)]),
  );

function previewProperties() {
  const properties: Record<string, string> = {};
  const { style } = preview();
  for (const name of style)
    if (name.startsWith('--kz-af-trade-')) properties[name] = style.getPropertyValue(name).trim();
  return properties;
}

/** The code parsed back matches the preview, attribute for attribute and property for property. */
function expectRoundTrip() {
  const parsed = parseCode(code());
  expect(parsed.attributes).to.deep.equal(attributesOf(preview()));
  expect(parsed.properties).to.deep.equal(previewProperties());
  return parsed;
}

describe('the configurator (demo/configurator.html)', () => {
  beforeEach(async () => {
    page = await openFrame('/demo/configurator.html');
    await rendered();
    expect(text(headingOf(preview())), 'the preview rendered').to.equal(en.title);
    await until(() => code().includes(' integrity="sha384-'), 'the integrity hash in the code');
  });

  afterEach(() => page.frame.remove());

  it('starts from the defaults: a bare element and the script tag, pinned by its integrity hash', async () => {
    const hashes = await (await fetch(new URL('../../dist/sri.json', import.meta.url))).json();
    expect(hashes['kz-af-trade.js']).to.match(/^sha384-/);
    await until(() => code().includes('<style>'), 'the reservation in the code');
    const [script, ...rest] = code().split('\n');
    expect(script).to.equal(
      `<script type="module" src="https://cdn.example/kz-af-trade@${version}/kz-af-trade.js" integrity="${hashes['kz-af-trade.js']}" crossorigin="anonymous"></script>`,
    );
    expect(rest.at(-2)).to.equal('<kz-af-trade></kz-af-trade>');
    expect(expectRoundTrip()).to.deep.equal({ attributes: {}, properties: {} });
    expect(page.violations).to.deep.equal([]);
  });

  it('a changed control changes the widget and the code', async () => {
    choose('lang', 'fr');
    await rendered();
    expect(text(headingOf(preview())), 'the preview in French').to.equal(fr.title);
    expect(code()).to.include('<kz-af-trade lang="fr">');
    // the French edition's own file, its words inside, pinned by its own hash
    const hashes = await (await fetch(new URL('../../dist/sri.json', import.meta.url))).json();
    expect(hashes['kz-af-trade.fr.js']).to.match(/^sha384-/);
    expect(code().split('\n')[0]).to.equal(
      `<script type="module" src="https://cdn.example/kz-af-trade@${version}/kz-af-trade.fr.js" integrity="${hashes['kz-af-trade.fr.js']}" crossorigin="anonymous"></script>`,
    );

    choose('heading-level', '5');
    await rendered();
    expect(headingLevelOf(headingOf(preview())), 'heading level 5').to.equal(5);
    expect(code()).to.include('heading-level="5"');

    control<HTMLInputElement>('input[name="sections"][value="mining"]').click();
    await rendered();
    expect(text(preview().shadowRoot), 'mining hidden').not.to.include(fr.miningHeading);
    expect(code()).to.include('sections="trade exports vehicles outlook"');

    control<HTMLInputElement>('input[name="variant"][value="compact"]').click();
    await rendered();
    expect(text(preview().shadowRoot), 'compact drops the outlook').not.to.include(fr.outlookHeading);
    expect(code()).to.include('variant="compact"');

    setColour('--kz-af-trade-kz-color', '#1f5f8b');
    const bar = preview().shadowRoot!.querySelector('[part~="bar-kz"]')!;
    await until(() => getComputedStyle(bar).fill === 'rgb(31, 95, 139)', 'the Kazakh bar in the new colour');
    expect(code()).to.include('<style>\n  kz-af-trade {\n    --kz-af-trade-kz-color: #1f5f8b;\n  }\n</style>');

    page.document.getElementById('reset-colours')!.click();
    expect(code()).not.to.include('<style>');
    expect(preview().style.getPropertyValue('--kz-af-trade-kz-color')).to.equal('');
    expectRoundTrip();
    expect(page.violations).to.deep.equal([]);
  });

  it('round-trips every value of every attribute, and the colours', () => {
    const values: Record<string, string[]> = {
      lang: ['fr', 'en', 'ru', 'kk', 'fa', 'ps', ''],
      dir: ['ltr', 'rtl', 'auto', ''],
      theme: ['light', 'dark', 'auto'],
      'heading-level': ['2', '4', '5', '6', '3'],
    };
    for (const [name, list] of Object.entries(values)) {
      for (const value of list) {
        choose(name, value);
        const { attributes } = expectRoundTrip();
        expect(attributes[name] ?? '', `${name}="${value}"`).to.equal(
          value === (name === 'theme' ? 'auto' : name === 'heading-level' ? '3' : '') ? '' : value,
        );
      }
    }
    for (const variant of ['compact', 'full']) {
      control<HTMLInputElement>(`input[name="variant"][value="${variant}"]`).click();
      expect(expectRoundTrip().attributes.variant ?? 'full').to.equal(variant);
    }
    const noActions = control<HTMLInputElement>('input[name="no-actions"]');
    noActions.click();
    expect(expectRoundTrip().attributes['no-actions']).to.equal('');
    expect(code()).to.include('<kz-af-trade no-actions>');
    noActions.click();
    expect(expectRoundTrip().attributes['no-actions']).to.equal(undefined);
    const boxes = [...page.document.querySelectorAll<HTMLInputElement>('input[name="sections"]')];
    for (const box of boxes.slice(1)) {
      box.click();
      const shown = boxes
        .filter((b) => b.checked)
        .map((b) => b.value)
        .join(' ');
      expect(expectRoundTrip().attributes.sections).to.equal(shown);
    }
    expect(boxes[0].disabled, 'the last section cannot be unchecked').to.equal(true);
    for (const box of boxes.slice(1)) box.click();
    expect(expectRoundTrip().attributes.sections).to.equal(undefined);

    // Everything at once, with every colour changed.
    choose('lang', 'ps');
    choose('dir', 'ltr');
    choose('theme', 'dark');
    choose('heading-level', '2');
    control<HTMLInputElement>('input[name="variant"][value="compact"]').click();
    const colours = [...page.document.querySelectorAll<HTMLInputElement>('input[type="color"]')];
    colours.forEach((input, i) => setColour(input.name, `#0${i}2${i}3${i}`));
    const { attributes, properties } = expectRoundTrip();
    expect(attributes).to.deep.equal({
      lang: 'ps',
      dir: 'ltr',
      variant: 'compact',
      theme: 'dark',
      'heading-level': '2',
    });
    expect(Object.keys(properties)).to.have.length(colours.length);
  });

  it('pins every file the bundle may load, on request: an import map with their hashes', async () => {
    choose('lang', 'ru');
    const box = page.document.querySelector<HTMLInputElement>('#pin-all')!;
    box.checked = true;
    fire(box, 'change');
    await until(() => code().includes('importmap') && code().includes('min-block-size'), 'the import map');
    const doc = new DOMParser().parseFromString(code(), 'text/html');
    const [map, script] = doc.querySelectorAll('script');
    expect(map.type, 'the import map before the module script').to.equal('importmap');
    expect(script.getAttribute('src')).to.match(/\/kz-af-trade\.ru\.js$/);
    const hashes = await (await fetch(new URL('../../dist/sri.json', import.meta.url))).json();
    const chunks = await (await fetch(new URL('../../dist/chunks.json', import.meta.url))).json();
    const loads: string[] = chunks['kz-af-trade.ru.js'].loads;
    expect(loads.length, 'the actions, the checks and the other editions').to.be.above(5);
    expect(JSON.parse(map.textContent!).integrity).to.deep.equal(
      Object.fromEntries(loads.map((file) => [`https://cdn.example/kz-af-trade@${version}/${file}`, hashes[file]])),
    );
    box.checked = false;
    fire(box, 'change');
    await until(() => !code().includes('importmap') && code().includes('min-block-size'), 'the import map gone');
  });

  it('copies the code, or selects it where the clipboard is refused', async () => {
    page.document.getElementById('copy-code')!.click();
    const status = await until(() => text(page.document.getElementById('copy-status')), 'a copy status');
    const area = page.document.querySelector<HTMLTextAreaElement>('#embed-code')!;
    const selected = area.value.slice(area.selectionStart, area.selectionEnd);
    expect(status === 'Copied.' || selected === area.value, `status "${status}"`).to.equal(true);
  });
});
