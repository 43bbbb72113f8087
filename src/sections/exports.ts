import { html, svg } from 'lit';
import { flourWheatVolumeShareLowerBound as bound } from '../data/facts.js';
import { heading, openList, reported, type View } from './view.js';

/**
 * What each country sells, with the flour-and-wheat share drawn as what it is, a minimum share of
 * volume: a line to a tick labelled "80%+", open (dashed) beyond it; not a dollar bar.
 */
export function exportsSection(view: View) {
  const { messages: m, format: f } = view;
  const at = `${(view.rtl ? 1 - bound : bound) * 100}%`;
  const [start, end] = view.rtl ? ['100%', '0'] : ['0', '100%'];
  return html`<section class="section" aria-labelledby="exports-heading">
    ${heading(view, m.exportsHeading, 'exports-heading', 1)}
    <dl class="facts">
      <dt>${m.kzSellsLabel}</dt>
      <dd>
        ${m.kzSells}
        <div class="bound">
          <span part="label" class="label">${reported(m.flourWheatShare(f.percent(bound)))}</span>
          <svg part="bound" class="scale" aria-hidden="true" focusable="false">
            ${svg`<line class="known" x1=${start} x2=${at} y1="1.75em" y2="1.75em"></line>
              <line class="open" x1=${at} x2=${end} y1="1.75em" y2="1.75em"></line>
              <line class="tick" x1=${at} x2=${at} y1="1.25em" y2="2.25em"></line>
              <text class="tick-label" x=${at} y="1em" text-anchor="middle">${m.atLeast(f.percent(bound))}</text>`}
          </svg>
          <span class="note">${m.flourWheatNote}</span>
        </div>
      </dd>
      <dt>${m.afSellsLabel}</dt>
      <dd>${openList(view, m.afProducts)}</dd>
    </dl>
  </section>`;
}
