import { html, nothing, svg } from 'lit';
import { deriveTrade, type ShownFacts } from '../data/facts.js';
import { tradeSummary } from '../format.js';
import { correctionWithNote } from './correction.js';
import { calculated, heading, reported, type View } from './view.js';

/**
 * The headline figure, the two flows as one part-of-a-whole bar with each value under its part,
 * the data table (shown on demand; always there for screen readers), and the summary they hear.
 */
export function tradeSection(view: View, facts: ShownFacts, dataShown: boolean, toggleData: () => void) {
  const { messages: m, format: f, short } = view;
  const { totalMillionUsd: total, kzExportsMillionUsd: kz, period } = facts.trade;
  const { afExportsMillionUsd: af, kzShare } = deriveTrade(facts.trade);
  const afShare = af / total;
  const months = f.monthRange(period.start, period.end);
  // Widths exactly value ÷ total; the Kazakh part from the inline start, the Afghan part after it.
  const [kzX, afX] = view.rtl ? [afShare, 0] : [0, kzShare];
  const percent = (share: number) => `${share * 100}%`;
  return html`<section class="section trade" aria-labelledby="trade-heading">
    ${heading(view, m.tradeHeading(months), 'trade-heading', 1)}
    <p class="headline">
      <span part="value" class="headline-value">${reported(short(total))}</span>
      <span part="label" class="headline-label">${m.totalLabel}</span>
    </p>
    <figure part="chart" class="chart" aria-labelledby="chart-label">
      <figcaption id="chart-label" class="visually-hidden">${m.chartLabel}</figcaption>
      <p class="visually-hidden summary">${tradeSummary(m, f, facts.trade)} ${correctionWithNote(view, facts)}</p>
      <div class="parts" aria-hidden="true">
        <svg class="stack" focusable="false">
          ${svg`<rect part="bar bar-kz" class="bar kz" x=${percent(kzX)} width=${percent(kzShare)} height="100%"></rect>
            <rect part="bar bar-af" class="bar af" x=${percent(afX)} width=${percent(afShare)} height="100%"></rect>`}
        </svg>
        <p class="part kz">
          <span part="label" class="label">${m.kzExportsLabel}</span>
          <span part="value" class="value">${reported(short(kz))}</span>
          <span class="share">${calculated(view, f.percent(kzShare))}</span>
        </p>
        <p class="part af">
          <span part="label" class="label">${m.afExportsLabel}</span>
          <span class="share">${calculated(view, f.percent(afShare))}</span>
          <span part="value" class="value">${calculated(view, short(af))}</span>
        </p>
      </div>
      <div id="trade-data" class=${dataShown ? 'table' : 'visually-hidden'}>
        <table class="data">
          <caption class="visually-hidden">
            ${m.tableCaption(months)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.tableFlow}</th>
              <th scope="col">${m.tableValue}</th>
              <th scope="col">${calculated(view, m.tableShare)}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">${m.totalLabel}</th>
              <td>${reported(f.decimal(total))}</td>
              <td>${f.percent(1)}</td>
            </tr>
            <tr>
              <th scope="row">${m.kzExportsLabel}</th>
              <td>${reported(f.decimal(kz))}</td>
              <td>${f.percent(kzShare)}</td>
            </tr>
            <tr>
              <th scope="row">${m.afExportsLabel}</th>
              <td>${calculated(view, f.decimal(af))}</td>
              <td>${f.percent(afShare)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
    ${
      view.actions
        ? html`<button type="button" part="show-data" class="show-data" aria-controls="trade-data" @click=${toggleData}>
            ${dataShown ? m.hideData : m.showData}
          </button>`
        : nothing
    }
  </section>`;
}
