import { html, nothing, svg } from 'lit';
import { deriveTrade, type ShownFacts } from '../data/facts.js';
import { sectionHead, type View } from './view.js';

/** Which view of the trade figures is shown: the bars, or the same figures as a table. */
export type TradeView = 'chart' | 'table';

/** A bar on the shared scale (0 → total): width is exactly value / total, with no minimum. */
function bar(view: View, country: 'kz' | 'af', label: string, note: string, value: number, total: number) {
  return html`<div class="row ${country}">
    <span part="label" class="label">${label} <span class="sub">${note}</span></span>
    <span part="value" class="value">${view.money(value)}</span>
    <svg class="track" aria-hidden="true" focusable="false">
      ${svg`<rect class="rail" width="100%" height="100%"></rect>
        <rect part="bar bar-${country}" class="bar" height="100%" width=${`${(value / total) * 100}%`}></rect>`}
    </svg>
  </div>`;
}

/** The headline figure, the two flows as bars (or a table), and the summary read to screen readers. */
export function tradeSection(view: View, facts: ShownFacts, shown: TradeView, show: (view: TradeView) => void) {
  const { messages: m, format: f, money } = view;
  const { totalMillionUsd: total, kzExportsMillionUsd: kz, period } = facts.trade;
  const { afExportsMillionUsd: af, kzShare } = deriveTrade(facts.trade);
  const months = f.monthRange(period.start, period.end);
  return html`<section class="section trade" aria-labelledby="trade-heading">
    ${sectionHead(view, 'trade', m.tradeHeading(months))}
    <p class="headline">
      <span part="value" class="headline-value">${money(total)}</span>
      <span part="label" class="headline-label">${m.totalLabel}</span>
    </p>
    <div class="views" role="group" aria-label=${m.viewLabel}>
      ${(['chart', 'table'] as const).map(
        (option) =>
          html`<button
            type="button"
            part="toggle"
            aria-pressed=${shown === option ? 'true' : 'false'}
            @click=${() => show(option)}
          >
            ${option === 'chart' ? m.showChart : m.showTable}
          </button>`,
      )}
    </div>
    <figure part="chart" class="chart" aria-labelledby="chart-label">
      <figcaption id="chart-label" class="visually-hidden">${m.chartLabel}</figcaption>
      <p class="visually-hidden summary">${m.chartSummary(money(kz), money(total), f.percent(kzShare), money(af))}</p>
      ${
        shown === 'chart'
          ? html`<div class="bars" aria-hidden="true">
              ${bar(view, 'kz', m.kzExportsLabel, m.derived(m.kzShareOfTotal(f.percent(kzShare))), kz, total)}
              ${bar(view, 'af', m.afExportsLabel, m.derived(m.afExportsDerivation), af, total)}
            </div>`
          : nothing
      }
      <div class=${shown === 'chart' ? 'visually-hidden' : ''}>
        <table class="data">
          <caption>
            ${m.tableCaption(months)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.tableFlow}</th>
              <th scope="col">${m.tableValue}</th>
              <th scope="col">${m.derived(m.tableShare)}</th>
              <th scope="col">${m.tableBasis}</th>
            </tr>
          </thead>
          <tbody>
            ${(
              [
                [m.totalLabel, total, m.reported],
                [m.kzExportsLabel, kz, m.reported],
                [m.afExportsLabel, af, m.derivedBasis],
              ] as const
            ).map(
              ([flow, value, basis]) =>
                html`<tr>
                  <th scope="row">${flow}</th>
                  <td>${f.decimal(value)}</td>
                  <td>${f.percent(value / total)}</td>
                  <td>${basis}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>
  </section>`;
}
