import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { render, shadow } from './helpers.js';

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
/** The card's default max width, `--kz-af-trade-max-width: 42rem`, in px. */
const maxWidth = () => 42 * rem();
const card = (el: KzAfTrade) => shadow(el).querySelector<HTMLElement>('[part~="card"]')!;
const style = (element: Element) => getComputedStyle(element);

/**
 * Layouts that size the element from its content, as a CMS lays out a fact box. `template` renders
 * the widget inside a `.room` of the given inline size; `room` is the width the widget may take
 * there (the room's content width, less what a sibling takes).
 */
interface Layout {
  name: string;
  widths: number[];
  template: (width: number) => TemplateResult;
  room?: (container: HTMLElement) => number;
}

const widget = html`<kz-af-trade lang="en"></kz-af-trade>`;
const text = html`<p>The article goes on beside the fact box, and under it once it has passed.</p>`;

const layouts: Layout[] = [
  {
    name: 'floated (float: inline-start)',
    widths: [1000, 300],
    template: (width) =>
      html`<article class="room" style="inline-size: ${width}px">
        <kz-af-trade lang="en" style="float: inline-start"></kz-af-trade>${text}
      </article>`,
  },
  {
    name: 'in a floated aside',
    widths: [1000, 300],
    template: (width) =>
      html`<article class="room" style="inline-size: ${width}px">
        <aside style="float: inline-start">${widget}</aside>
        ${text}
      </article>`,
  },
  {
    name: 'in an inline-block',
    widths: [1000, 300],
    template: (width) =>
      html`<div class="room" style="inline-size: ${width}px">
        <span style="display: inline-block">${widget}</span>
      </div>`,
  },
  {
    name: 'a flex row item, alone',
    widths: [1000, 300],
    template: (width) => html`<div class="room" style="display: flex; inline-size: ${width}px">${widget}</div>`,
  },
  {
    name: 'a flex row item, beside a 200px sibling',
    widths: [1000, 500],
    template: (width) =>
      html`<div class="room" style="display: flex; inline-size: ${width}px">
        ${widget}
        <div class="sibling" style="flex: none; inline-size: 200px">Related stories</div>
      </div>`,
    room: (container) => container.clientWidth - container.querySelector('.sibling')!.getBoundingClientRect().width,
  },
  {
    name: 'in a grid-template-columns: auto grid',
    widths: [1000, 300],
    template: (width) =>
      html`<div class="room" style="display: grid; grid-template-columns: auto; inline-size: ${width}px">
        ${widget}
      </div>`,
  },
  {
    name: 'in the auto column of a grid-template-columns: auto 1fr grid',
    widths: [1000, 500],
    template: (width) =>
      html`<div class="room" style="display: grid; grid-template-columns: auto 1fr; inline-size: ${width}px">
        ${widget}
        <div class="sibling" style="min-inline-size: 200px">The article's text column.</div>
      </div>`,
    room: (container) => container.clientWidth - container.querySelector('.sibling')!.getBoundingClientRect().width,
  },
  {
    name: 'in a width: fit-content box',
    widths: [1000, 300],
    template: (width) =>
      html`<div class="room" style="inline-size: ${width}px"><div style="width: fit-content">${widget}</div></div>`,
  },
  {
    name: 'in a table cell',
    widths: [1000, 300],
    template: (width) =>
      html`<div class="room" style="inline-size: ${width}px">
        <table style="border-spacing: 0">
          <tr>
            <td style="padding: 0">${widget}</td>
          </tr>
        </table>
      </div>`,
  },
  {
    name: 'absolutely positioned with no width',
    widths: [1000, 300],
    template: (width) =>
      html`<div class="room" style="position: relative; inline-size: ${width}px; block-size: 2rem">
        <kz-af-trade lang="en" style="position: absolute; inset-block-start: 0; inset-inline-start: 0"></kz-af-trade>
      </div>`,
  },
];

/** The layout's widget, and a reference one in normal block flow, both rendered. */
async function renderWithReference(template: TemplateResult) {
  const el = await render(
    html`<div>
      ${template}
      <div class="reference" style="clear: both"><kz-af-trade lang="en"></kz-af-trade></div>
    </div>`,
  );
  const root = el.closest('.room')!.parentElement!;
  const reference = root.querySelector<KzAfTrade>('.reference kz-af-trade')!;
  await reference.updateComplete;
  return { el, container: el.closest<HTMLElement>('.room')!, reference };
}

/** The inline start of the card's content (the heading's left edge), from the card's border edge. */
const contentInset = (el: KzAfTrade) =>
  shadow(el).querySelector('.heading-0')!.getBoundingClientRect().left - card(el).getBoundingClientRect().left;

/** The narrow layout of the `@container` block: the smaller headline, the tighter padding. */
function expectNarrow(el: KzAfTrade, narrow: boolean) {
  const borderWidth = parseFloat(style(card(el)).borderInlineStartWidth);
  expect(contentInset(el), 'padding and border').to.be.closeTo((narrow ? 0.875 : 1.25) * rem() + borderWidth, 0.5);
  const columns = style(shadow(el).querySelector('.parts')!).gridTemplateColumns.split(' ').length;
  expect(columns, 'the two flows side by side, or one under the other').to.equal(narrow ? 1 : 2);
}

describe('the card in the layouts a CMS uses', () => {
  for (const layout of layouts) {
    for (const width of layout.widths) {
      it(`${layout.name}, in ${width}px: takes its max width or all the room there is`, async () => {
        const { el, container, reference } = await renderWithReference(layout.template(width));
        const room = layout.room ? layout.room(container) : container.clientWidth;
        const expected = Math.min(maxWidth(), room);
        const box = card(el).getBoundingClientRect();
        expect(box.width, 'card width').to.be.closeTo(expected, 1);

        const bounds = container.getBoundingClientRect();
        expect(box.left, 'card inside its container').to.be.at.least(bounds.left - 0.5);
        expect(box.right, 'card inside its container').to.be.at.most(bounds.right + 0.5);
        expect(container.scrollWidth, 'no horizontal overflow of the container').to.be.at.most(container.clientWidth);
        expect(card(el).scrollWidth, 'no horizontal overflow in the card').to.be.at.most(card(el).clientWidth);

        // Reflows as in normal flow: the same height as a card given that width in a block.
        reference.parentElement!.style.inlineSize = `${expected}px`;
        const normalFlow = card(reference).getBoundingClientRect();
        expect(normalFlow.width, 'reference width').to.be.closeTo(expected, 1);
        expect(box.height, 'card height').to.be.closeTo(normalFlow.height, normalFlow.height * 0.1);
      });
    }
  }

  it('narrow in a float in a 300px article: the narrow layout follows the card', async () => {
    const el = await render(
      html`<article style="inline-size: 300px">
        <kz-af-trade lang="en" style="float: inline-start"></kz-af-trade>
      </article>`,
    );
    expect(card(el).getBoundingClientRect().width).to.be.closeTo(300, 1);
    expectNarrow(el, true);
    await expect(el).to.be.accessible();
  });

  it('wide in a float in a 1000px article', async () => {
    const el = await render(
      html`<article style="inline-size: 1000px">
        <kz-af-trade lang="en" style="float: inline-start"></kz-af-trade>
      </article>`,
    );
    expect(card(el).getBoundingClientRect().width).to.be.closeTo(maxWidth(), 1);
    expectNarrow(el, false);
  });

  // The threshold means what it meant when the query measured the element: a card of at most 22rem.
  for (const [extra, narrow] of [
    [0, true],
    [1, false],
  ] as const) {
    it(`${narrow ? 'narrow' : 'wide'} in normal flow at 22rem${extra ? ` + ${extra}px` : ''}`, async () => {
      const el = await render(html`<div style="inline-size: calc(22rem + ${extra}px)">${widget}</div>`);
      expect(card(el).getBoundingClientRect().width).to.be.closeTo(22 * rem() + extra, 0.5);
      expectNarrow(el, narrow);
    });
  }

  it('narrow when --kz-af-trade-max-width makes the card narrow in a wide column', async () => {
    const el = await render(html`<div style="inline-size: 1000px; --kz-af-trade-max-width: 20rem">${widget}</div>`);
    expect(card(el).getBoundingClientRect().width).to.be.closeTo(20 * rem(), 1);
    expectNarrow(el, true);
  });

  it('headings take no UA heading margins or sizes, whatever element carries them', async () => {
    const el = await render(html`<div style="inline-size: 1000px">${widget}</div>`);
    const size = parseFloat(style(card(el)).fontSize);
    const margins = (s: CSSStyleDeclaration) =>
      [s.marginBlockStart, s.marginInlineEnd, s.marginBlockEnd, s.marginInlineStart].join(' ');
    const title = style(shadow(el).querySelector('.heading-0')!);
    expect(margins(title)).to.equal(`0px 0px ${0.875 * rem()}px 0px`);
    expect(parseFloat(title.fontSize) / size).to.be.closeTo(1.375, 0.01);
    expect(title.fontWeight).to.equal('700');
    const sectionHeadings = [...shadow(el).querySelectorAll('.heading-1')].map(style);
    expect(sectionHeadings).not.to.be.empty;
    for (const heading of sectionHeadings) {
      expect(margins(heading)).to.equal(`0px 0px ${0.375 * rem()}px 0px`);
      // no section head smaller than the text under it
      expect(parseFloat(heading.fontSize) / size).to.be.closeTo(1, 0.01);
      expect(heading.fontWeight).to.equal('700');
    }
  });
});
