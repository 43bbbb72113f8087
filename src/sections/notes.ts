import { html, nothing } from 'lit';
import type { ShownFacts } from '../data/facts.js';
import { arithmetic } from '../format.js';
import type { Section } from '../options.js';
import { correctionLine } from './correction.js';
import type { View } from './view.js';

/**
 * The card's one notes area: a correction, if any; the footnote the calculated figures' mark (*)
 * points to, with its arithmetic; the source line the reported figures' mark (†) points to: who
 * said it, where and when (a publisher's own line, isolated, where given).
 */
export function notes(view: View, facts: ShownFacts, sections: readonly Section[]) {
  const { messages: m, format } = view;
  const trade = sections.includes('trade');
  const cited = trade || sections.includes('exports') || sections.includes('outlook');
  const source = facts.source ?? m.sourceLine(m.source(m.speaker, format.date(facts.announcedOn)));
  return html`${correctionLine(view, facts, trade)}
    ${
      trade
        ? html`<p part="footnote" class="footnote">
            <span aria-hidden="true">* </span>${m.footnote(arithmetic(format, facts.trade))}
          </p>`
        : nothing
    }
    <p part="source" class="source">
      ${cited ? html`<span aria-hidden="true">†</span>` : nothing} <bdi>${source}</bdi>
    </p>`;
}
