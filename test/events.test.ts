// What a newsroom's analytics hear: an event for each reuse action, for the data table shown or
// hidden, and for publisher data that was not used, each bubbling out of the shadow root to the
// document; and `:state(table)` for page CSS.
import { expect, html } from '@open-wc/testing';
import type { PublisherData } from '../src/data/publisher-data.js';
import '../src/kz-af-trade.js';
import type { KzAfTrade, KzAfTradeEvent } from '../src/index.js';
import type { KzAfTradeEvents } from '../src/events.js';
import en from '../src/locales/en.js';
import { button, collectWarnings, render, savedFile, shadow } from './helpers.js';

/** The events of `type` heard on the document while `run` runs (and until each has arrived). */
async function heard<K extends keyof KzAfTradeEvents>(type: K, run: () => unknown): Promise<KzAfTradeEvent<K>[]> {
  const events: KzAfTradeEvent<K>[] = [];
  const listener = (event: Event) => events.push(event as KzAfTradeEvent<K>);
  document.addEventListener(type, listener);
  try {
    await run();
  } finally {
    document.removeEventListener(type, listener);
  }
  return events;
}

describe('events for the newsroom’s analytics', () => {
  it('kz-af-trade-action: one for each action a reader chooses, from the element, bubbling and composed', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    try {
      const events = await heard('kz-af-trade-action', async () => {
        button(el, en.copyFacts).click();
        for (const label of [en.downloadData, en.downloadSvg, en.downloadPng])
          await savedFile(() => button(el, label).click());
      });
      expect(events.map((event) => event.detail.action)).to.deep.equal(['copy', 'csv', 'svg', 'png']);
      for (const event of events) {
        expect(event.target).to.equal(el);
        expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      }
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('kz-af-trade-view and :state(table): the table shown, then hidden again', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    expect(el.matches(':state(table)')).to.be.false;
    const events = await heard('kz-af-trade-view', async () => {
      button(el, en.showData).click();
      await el.updateComplete;
      expect(el.matches(':state(table)'), 'while the table is shown').to.be.true;
      await expect(el).to.be.accessible();
      button(el, en.hideData).click();
      await el.updateComplete;
    });
    expect(events.map((event) => event.detail.view)).to.deep.equal(['table', 'chart']);
    expect(el.matches(':state(table)')).to.be.false;
  });

  it('kz-af-trade-data-error: what was wrong with the publisher data, once, the shipped facts shown', async () => {
    const el = await render(html`<kz-af-trade lang="en"></kz-af-trade>`);
    let events: KzAfTradeEvent<'kz-af-trade-data-error'>[] = [];
    const warnings = await collectWarnings(async () => {
      events = await heard('kz-af-trade-data-error', async () => {
        // an unknown key, as a page's untyped script may give one
        el.data = { totalMillionUsd: -1, colour: 'red' } as PublisherData;
        await el.updateComplete;
      });
    });
    expect(events).to.have.length(1);
    expect(events[0].detail.problems).to.have.length(2);
    expect(events[0].detail.problems.join(' ')).to.contain('totalMillionUsd').and.contain('colour');
    expect(warnings).to.have.length(1);
    expect(shadow(el).textContent).to.contain('$330.7m');
  });

  it('kz-af-trade-data-error for a JSON child that does not parse; none for valid data', async () => {
    let el: KzAfTrade | undefined;
    const bad = await heard('kz-af-trade-data-error', () =>
      collectWarnings(async () => {
        // The trailing comma is the malformed JSON under test: keep Prettier from mending it.
        // prettier-ignore
        el = await render(html`<kz-af-trade lang="en"><script type="application/json">{"totalMillionUsd": 331,}</script></kz-af-trade>`);
      }),
    );
    expect(bad).to.have.length(1);
    expect(bad[0].target).to.equal(el);
    expect(bad[0].detail.problems[0]).to.contain('not valid JSON');
    const good = await heard('kz-af-trade-data-error', async () => {
      el!.data = { totalMillionUsd: 331, correctedOn: '2022-11-02' };
      await el!.updateComplete;
    });
    expect(good).to.deep.equal([]);
  });
});
