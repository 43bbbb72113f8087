import { html } from 'lit';
import { agriFoodOutlookBillionUsd } from '../data/facts.js';
import { heading, list, openList, reported, type View } from './view.js';

/** A section of prose: the vehicles plan, the mining projects or the outlook. */
export function textSection(view: View, name: 'vehicles' | 'mining' | 'outlook') {
  const { messages: m, format: f } = view;
  const body = {
    vehicles: () => html`<p>${m.vehicles}</p>`,
    mining: () =>
      html`<p>${m.mining} ${list(view, m.minerals)}.</p>
        <p>${m.miningCompaniesLabel} ${openList(view, m.companies, true)}.</p>`,
    outlook: () =>
      html`<p class="outlook">${reported(m.outlook(m.billionUsd(f.decimal(agriFoodOutlookBillionUsd))))}</p>`,
  }[name];
  return html`<section class="section" aria-labelledby="${name}-heading">
    ${heading(view, m[`${name}Heading`], `${name}-heading`, 1)} ${body()}
  </section>`;
}
