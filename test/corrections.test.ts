// A newsroom's correction as readers see it, in every edition: the card says when the figures
// changed and what changed from what (reported figures revised, calculated ones recalculated),
// then the newsroom's note; screen readers hear it once; the copy, the CSV and the exported chart
// carry it; `:state(corrected)` follows it.
import { expect, html } from '@open-wc/testing';
import '../src/kz-af-trade.js';
import type { KzAfTrade } from '../src/kz-af-trade.js';
import { deriveTrade, shippedFacts } from '../src/data/facts.js';
import { createFormatters } from '../src/intl-format.js';
import en from '../src/locales/en.js';
import fa from '../src/locales/fa.js';
import fr from '../src/locales/fr.js';
import { intlSettings, type Locale, type Messages } from '../src/locales/index.js';
import kk from '../src/locales/kk.js';
import ps from '../src/locales/ps.js';
import ru from '../src/locales/ru.js';
import { button, render, savedFile, shadow, textOf } from './helpers.js';

const editions: Record<Locale, Messages> = { fr, en, ru, kk, fa, ps };
const correction = {
  totalMillionUsd: 331.2,
  correctedOn: '2022-11-02',
  correctionNote: 'The ministry revised its figure for bilateral trade.',
};
const { totalMillionUsd: total, kzExportsMillionUsd: kz } = shippedFacts.trade;

/** The sentence the edition writes for this correction, from its own words and formatters. */
function expected(m: Messages, lang: Locale) {
  const f = createFormatters(intlSettings[lang], m.calendar);
  const short = (millions: number) => m.millionUsdShort(f.decimal(millions));
  const [before, after] = [
    deriveTrade(shippedFacts.trade),
    deriveTrade({ ...shippedFacts.trade, totalMillionUsd: 331.2 }),
  ];
  const changes = [
    m.revised(m.figureNames.total, short(total), short(331.2)),
    m.recalculated(m.figureNames.af, short(before.afExportsMillionUsd), short(after.afExportsMillionUsd)),
    m.recalculated(m.figureNames.share, f.percent(before.kzShare), f.percent(after.kzShare)),
  ];
  return m.correction(f.date(correction.correctedOn), changes.join(m.changeSeparator));
}

/** The correction line, where the card shows one. */
const line = (el: KzAfTrade) => shadow(el).querySelector('[part~="correction"]:not([hidden])');

describe('a correction readers can see', () => {
  for (const [lang, m] of Object.entries(editions) as Array<[Locale, Messages]>) {
    it(`"${lang}": says when, and each changed figure from its old value to its new one, then the note`, async () => {
      const el = await render(html`<kz-af-trade lang=${lang} .data=${correction}></kz-af-trade>`);
      const sentence = expected(m, lang);
      expect(textOf(line(el)!)).to.equal(`${sentence} ${correction.correctionNote}`);
      // the note is the newsroom's words, isolated from the edition's direction
      expect(line(el)!.querySelector('bdi')!.textContent).to.equal(correction.correctionNote);
      // the old total shows in the line only; the unchanged Kazakh exports are not named
      expect(sentence).not.to.contain(m.figureNames.kz);
      // screen readers hear it once: in the chart's summary, not again in the footer
      expect(textOf(shadow(el).querySelector('.summary')!))
        .to.contain(sentence)
        .and.contain(correction.correctionNote);
      expect(line(el)!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.matches(':state(corrected)')).to.be.true;
      await expect(el).to.be.accessible();
    });
  }

  it('reads the line where the card has no chart summary (no trade section)', async () => {
    const el = await render(html`<kz-af-trade lang="en" sections="outlook" .data=${correction}></kz-af-trade>`);
    expect(line(el)!.getAttribute('aria-hidden')).to.equal('false');
    expect(textOf(line(el)!)).to.contain(expected(en, 'en'));
  });

  it('says only when, for a correction that changes no figure (a source line, say)', async () => {
    const el = await render(
      html`<kz-af-trade lang="en" .data=${{ source: 'Ministry of Trade', correctedOn: '2022-11-02' }}></kz-af-trade>`,
    );
    expect(textOf(line(el)!)).to.equal(en.correction('2 November 2022', ''));
  });

  it('shows no line and no state without a correction, and drops them when it is withdrawn', async () => {
    const el = await render(html`<kz-af-trade lang="en" .data=${correction}></kz-af-trade>`);
    el.data = undefined;
    await el.updateComplete;
    expect(line(el)).to.equal(null);
    expect(el.matches(':state(corrected)')).to.be.false;
  });

  it('renders a hostile note as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = true">';
    const el = await render(
      html`<kz-af-trade lang="en" .data=${{ ...correction, correctionNote: hostile }}></kz-af-trade>`,
    );
    expect(line(el)!.querySelector('bdi')!.textContent).to.equal(hostile);
    expect(shadow(el).querySelector('img')).to.equal(null);
  });
});

// Grammar the composition must get right, in the words a newsroom would print.
describe('a correction in each language’s grammar', () => {
  it('Pashto: the old amount after «د … پر ځای» is oblique, the new one direct', async () => {
    const el = await render(html`<kz-af-trade lang="ps" .data=${correction}></kz-af-trade>`);
    const f = createFormatters(intlSettings.ps, ps.calendar);
    const text = textOf(line(el)!);
    expect(text).to.contain(`د ${f.decimal(total)}\u00a0میلیونو ډالرو پر ځای ${f.decimal(331.2)}\u00a0میلیونه ډالره`);
    expect(text).not.to.contain('میلیونه ډالره پر ځای');
  });

  it('French: each change names its figure with its article, so nothing needs to agree', async () => {
    const el = await render(html`<kz-af-trade lang="fr" .data=${correction}></kz-af-trade>`);
    expect(textOf(line(el)!)).to.contain('au lieu de 330,7\u00a0M$ pour le commerce bilatéral\u202f;');
  });
});

describe('a correction in what readers take away', () => {
  for (const [lang, m] of Object.entries(editions) as Array<[Locale, Messages]>) {
    it(`"${lang}": the CSV keeps each corrected row’s previous value and the correction’s date`, async () => {
      const el = await render(html`<kz-af-trade lang=${lang} .data=${correction}></kz-af-trade>`);
      const text = await (await savedFile(() => button(el, m.downloadData).click())).blob.text();
      const rows = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .map((row) => row.split(','));
      const previous = rows.map((row) => row.slice(-2));
      expect(previous).to.deep.equal([
        [m.csvPrevious, m.csvCorrectedOn],
        [String(total), '2022-11-02'],
        ['', ''],
        [String(deriveTrade(shippedFacts.trade).afExportsMillionUsd), '2022-11-02'],
        [String(Math.round((kz / total) * 1000) / 10), '2022-11-02'],
      ]);
    });
  }

  it('the exported chart carries it under the source line, and so does its description', async () => {
    const el = await render(html`<kz-af-trade lang="en" .data=${correction}></kz-af-trade>`);
    const source = await (await savedFile(() => button(el, en.downloadSvg).click())).blob.text();
    const svg = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const lines = [...svg.querySelectorAll('text.correction')].map((text) => text.textContent).join(' ');
    expect(lines).to.equal(textOf(line(el)!));
    const [lastSource, firstCorrection] = [
      [...svg.querySelectorAll('text.source')].pop()!,
      svg.querySelector('text.correction')!,
    ];
    expect(Number(firstCorrection.getAttribute('y'))).to.be.above(Number(lastSource.getAttribute('y')));
    expect(svg.querySelector('desc')!.textContent).to.contain(expected(en, 'en'));
  });

  it('copying the facts copies the correction with them', async () => {
    const el = await render(html`<kz-af-trade lang="en" .data=${correction}></kz-af-trade>`);
    let written!: (text: string) => void;
    const copied = new Promise<string>((resolve) => (written = resolve));
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => written(text) },
    });
    try {
      button(el, en.copyFacts).click();
      expect(await copied)
        .to.contain(expected(en, 'en'))
        .and.contain(correction.correctionNote);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });
});
