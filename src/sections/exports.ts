import { html, svg } from 'lit';
import { flourWheatVolumeShareLowerBound as share } from '../data/facts.js';
import { list, sectionHead, type View } from './view.js';

/** What each country sells, with the flour-and-wheat share drawn as a lower bound of volume. */
export function exportsSection(view: View) {
  const { messages: m, format: f } = view;
  return html`<section class="section" aria-labelledby="exports-heading">
    ${sectionHead(view, 'exports', m.exportsHeading)}
    <dl class="facts">
      <dt>${m.kzSellsLabel}</dt>
      <dd>
        ${m.kzSells}
        <div class="row lower-bound kz">
          <span part="label" class="label">${m.flourWheatShare(f.percent(share))}</span>
          <svg class="track" aria-hidden="true" focusable="false">
            ${svg`<rect class="rail" width="100%" height="100%"></rect>
              <rect part="bar bar-kz" class="bar" height="100%" width=${`${share * 100}%`}></rect>
              <rect class="beyond" height="100%" x=${`${share * 100}%`} width=${`${(1 - share) * 100}%`}></rect>`}
          </svg>
          <span class="note">${m.flourWheatNote}</span>
        </div>
      </dd>
      <dt>${m.afSellsLabel}</dt>
      <dd>${list(view, m.afProducts)}</dd>
    </dl>
  </section>`;
}
