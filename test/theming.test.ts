import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/kz-af-trade.js';
import { emulateMedia } from '@web/test-runner-commands';
import { contrast, luminance, render } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const style = (element: Element) => getComputedStyle(element);

// Each public custom property, a value to set, and where a reader would see it.
const properties: Array<[string, string, (el: Element) => string, string]> = [
  ['--kz-af-trade-font-family', 'monospace', (el) => style(part(el, 'card')).fontFamily.split(',')[0], 'monospace'],
  ['--kz-af-trade-text-color', 'rgb(1, 2, 3)', (el) => style(part(el, 'card')).color, 'rgb(1, 2, 3)'],
  ['--kz-af-trade-muted-color', 'rgb(4, 5, 6)', (el) => style(part(el, 'source')).color, 'rgb(4, 5, 6)'],
  [
    '--kz-af-trade-background',
    'rgb(250, 240, 230)',
    (el) => style(part(el, 'card')).backgroundColor,
    'rgb(250, 240, 230)',
  ],
  ['--kz-af-trade-border-color', 'rgb(7, 8, 9)', (el) => style(part(el, 'card')).borderInlineEndColor, 'rgb(7, 8, 9)'],
  ['--kz-af-trade-radius', '13px', (el) => style(part(el, 'card')).borderStartStartRadius, '13px'],
  ['--kz-af-trade-kz-color', 'rgb(10, 11, 12)', (el) => style(part(el, 'bar-kz')).fill, 'rgb(10, 11, 12)'],
  ['--kz-af-trade-af-color', 'rgb(13, 14, 15)', (el) => style(part(el, 'bar-af')).fill, 'rgb(13, 14, 15)'],
  [
    '--kz-af-trade-accent-color',
    'rgb(16, 17, 18)',
    (el) => style(part(el, 'card')).borderBlockStartColor,
    'rgb(16, 17, 18)',
  ],
  ['--kz-af-trade-max-width', '300px', (el) => String(part(el, 'card').getBoundingClientRect().width), '300'],
];

describe('theming through CSS custom properties', () => {
  for (const [name, value, read, expected] of properties) {
    it(`${name} set on an ancestor reaches the widget`, async () => {
      const el = await render(
        staticHtml`<div style="${unsafeStatic(`${name}: ${value}`)}"><kz-af-trade lang="en"></kz-af-trade></div>`,
      );
      expect(read(el)).to.equal(expected);
    });
  }

  it('sets its figures in a sans for graphics, not the article’s text face, unless told to', async () => {
    const el = await render(html`<div style="font-family: Georgia, serif"><kz-af-trade lang="en"></kz-af-trade></div>`);
    const family = style(part(el, 'card')).fontFamily;
    expect(family).not.to.contain('Georgia');
    expect(family).to.contain('sans-serif').and.contain('Noto Naskh Arabic');
    const site = await render(
      html`<div style="font-family: Georgia, serif; --kz-af-trade-font-family: Georgia, serif">
        <kz-af-trade lang="en"></kz-af-trade>
      </div>`,
    );
    expect(style(part(site, 'card')).fontFamily).to.equal('Georgia, serif');
  });

  it('the component never sets a public property itself', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    for (const [name] of properties) {
      for (const element of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
        expect(style(element).getPropertyValue(name), `${name} on ${element.localName}`).to.equal('');
      }
    }
  });

  it('styles parts from the page through ::part', async () => {
    const el = await render(
      html`<div>
        <style>
          .themed::part(bar-kz) {
            fill: rgb(20, 21, 22);
          }
          .themed::part(heading) {
            text-transform: uppercase;
          }
        </style>
        <kz-af-trade class="themed" lang="en"></kz-af-trade>
      </div>`,
    );
    expect(style(part(el, 'bar-kz')).fill).to.equal('rgb(20, 21, 22)');
    expect(style(part(el, 'heading')).textTransform).to.equal('uppercase');
  });
});

describe('theme', () => {
  const colours = (el: Element) => ({
    background: style(part(el, 'card')).backgroundColor,
    text: style(part(el, 'card')).color,
  });

  it('"light" is dark text on a light card, readable at 4.5:1 or more', async () => {
    const el = await render(html`<kz-af-trade lang="en" theme="light"></kz-af-trade>`);
    const { background, text } = colours(el);
    expect(luminance(background)).to.be.greaterThan(0.8);
    expect(contrast(text, background)).to.be.at.least(4.5);
  });

  it('"dark" is light text on a dark card, readable at 4.5:1 or more', async () => {
    const el = await render(html`<kz-af-trade lang="en" theme="dark"></kz-af-trade>`);
    const { background, text } = colours(el);
    expect(luminance(background)).to.be.lessThan(0.05);
    expect(contrast(text, background)).to.be.at.least(4.5);
  });

  it('"auto" follows the page’s colour scheme: light where it declares none, dark under a site’s dark toggle', async () => {
    const dark = colours(await render(html`<kz-af-trade lang="en" theme="dark"></kz-af-trade>`));
    const light = colours(await render(html`<kz-af-trade lang="en" theme="light"></kz-af-trade>`));
    expect(colours(await render(html`<kz-af-trade lang="en"></kz-af-trade>`))).to.deep.equal(light);
    // a site's dark-mode toggle sets color-scheme on its root; this page's system setting is light
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.false;
    const toggled = await render(html`<div style="color-scheme: dark"><kz-af-trade lang="en"></kz-af-trade></div>`);
    expect(colours(toggled)).to.deep.equal(dark);
    await expect(toggled).to.be.accessible();
    (toggled.parentElement as HTMLElement).style.colorScheme = 'light';
    expect(colours(toggled), 'the toggle switched back').to.deep.equal(light);
  });

  it('"light" and "dark" stay as they are on a page of the other scheme', async () => {
    const light = await render(
      html`<div style="color-scheme: dark"><kz-af-trade lang="en" theme="light"></kz-af-trade></div>`,
    );
    expect(luminance(colours(light).background)).to.be.greaterThan(0.8);
    const dark = await render(
      html`<div style="color-scheme: light"><kz-af-trade lang="en" theme="dark"></kz-af-trade></div>`,
    );
    expect(luminance(colours(dark).background)).to.be.lessThan(0.05);
  });

  // The reader's system setting, where the test runner can drive it: Chromium's DevTools protocol.
  if (navigator.userAgent.includes('Chrome/')) {
    it('"auto" on a page of `color-scheme: light dark` follows the reader’s system (Chromium)', async () => {
      const dark = colours(await render(html`<kz-af-trade lang="en" theme="dark"></kz-af-trade>`));
      const light = colours(await render(html`<kz-af-trade lang="en" theme="light"></kz-af-trade>`));
      const auto = await render(
        html`<div style="color-scheme: light dark"><kz-af-trade lang="en"></kz-af-trade></div>`,
      );
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(colours(auto)).to.deep.equal(dark);
        await emulateMedia({ colorScheme: 'light' });
        expect(colours(auto)).to.deep.equal(light);
      } finally {
        await emulateMedia({ colorScheme: 'no-preference' });
      }
    });
  }
});

describe('a custom theme in both colour schemes', () => {
  // A site's colours given with light-dark(): the card takes the light one or the dark one as its
  // own theme says, so a custom card never stays beige on a dark page.
  const themed = (theme: string) =>
    render(
      html`<kz-af-trade
        lang="en"
        theme=${theme}
        style="--kz-af-trade-background: light-dark(rgb(246, 241, 231), rgb(33, 27, 21));
          --kz-af-trade-text-color: light-dark(rgb(42, 33, 24), rgb(243, 235, 221));
          --kz-af-trade-kz-color: light-dark(rgb(31, 95, 139), rgb(115, 180, 224))"
      ></kz-af-trade>`,
    );
  const seen = (el: Element) => [
    style(part(el, 'card')).backgroundColor,
    style(part(el, 'card')).color,
    style(part(el, 'bar-kz')).fill,
  ];

  it('takes the light colours on a light card', async () => {
    expect(seen(await themed('light'))).to.deep.equal(['rgb(246, 241, 231)', 'rgb(42, 33, 24)', 'rgb(31, 95, 139)']);
  });

  it('takes the dark colours on a dark card, and under a dark colour scheme with theme="auto"', async () => {
    const dark = ['rgb(33, 27, 21)', 'rgb(243, 235, 221)', 'rgb(115, 180, 224)'];
    expect(seen(await themed('dark'))).to.deep.equal(dark);
    const auto = await themed('auto');
    (auto.parentElement as HTMLElement).style.colorScheme = 'dark';
    expect(seen(auto)).to.deep.equal(dark);
    await expect(auto).to.be.accessible();
  });
});
