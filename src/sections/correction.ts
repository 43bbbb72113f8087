import { html } from 'lit';
import { changes, isReported, type ShownFacts } from '../data/facts.js';
import type { View } from './view.js';

/**
 * A publisher's correction as one sentence in the edition's words: the day, each figure it
 * changed (reported ones revised, calculated ones recalculated) from the old value to the new one.
 * Undefined when the facts are not corrected.
 */
export function correctionText(
  { messages: m, format: f, short }: Pick<View, 'messages' | 'format' | 'short'>,
  facts: ShownFacts,
): string | undefined {
  if (!facts.correctedOn) return undefined;
  const changed = changes(facts).map(({ figure, from, to }) => {
    const value = (amount: number) => (figure === 'share' ? f.percent(amount) : short(amount));
    return (isReported(figure) ? m.revised : m.recalculated)(m.figureNames[figure], value(from), value(to));
  });
  return m.correction(f.date(facts.correctedOn), changed.join(m.changeSeparator));
}

/** The correction with the newsroom's note after it, as one text: what the summary and the JSON-LD say. */
export function correctionWithNote(view: Pick<View, 'messages' | 'format' | 'short'>, facts: ShownFacts) {
  const text = correctionText(view, facts);
  return text && facts.correctionNote ? `${text} ${facts.correctionNote}` : text;
}

/**
 * The correction line of the footer, with the newsroom's note (its own words, isolated). Hidden
 * from screen readers where the chart's summary already says it, so they hear it once. Always
 * the same elements, hidden without a correction: a pre-rendered card hydrates into a corrected one.
 */
export function correctionLine(view: View, facts: ShownFacts, inSummary: boolean) {
  const text = correctionText(view, facts);
  return html`<p part="correction" class="correction" ?hidden=${!text} aria-hidden=${inSummary ? 'true' : 'false'}>
    ${text} <bdi>${facts.correctionNote}</bdi>
  </p>`;
}
