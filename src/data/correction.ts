import { loadIntl } from '../locales/index.js';
import { shippedFacts, type ShownFacts } from './facts.js';

/** The facts to show, and why a newsroom's correction was not used (none when it was, or when there was none). */
export interface Correction {
  facts: ShownFacts;
  problems: string[];
}

const shipped = (problems: string[] = []): Correction => ({ facts: shippedFacts, problems });

/**
 * The facts to show given a newsroom's correction: the `data` property, else the JSON child's
 * text. A valid one is applied; otherwise one warning lists every problem and the shipped facts
 * stay. The checker, and `Intl`'s code for the figures, load only when there is a correction to check.
 */
export async function correctedFacts(data: unknown, json: string | undefined): Promise<Correction> {
  // `null` or `''`: how frameworks unset a property
  let input = data === null || data === '' ? undefined : data;
  if (input === undefined && json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (error) {
      const problem = `the <script type="application/json"> child is not valid JSON (${String(error).slice(0, 120)})`;
      console.warn(`<kz-af-trade>: ${problem}; showing the shipped facts.`);
      return shipped([problem]);
    }
  }
  if (input === undefined) return shipped();
  try {
    // with the code for the corrected figures, which no build wrote
    const [{ applyPublisherData }] = await Promise.all([import('./publisher-data.js'), loadIntl()]);
    const correction = applyPublisherData(input);
    if (correction.problems.length) {
      console.warn(
        `<kz-af-trade>: the publisher data was not used, showing the shipped facts: ${correction.problems.join('; ')}.`,
      );
    }
    return correction;
  } catch (error) {
    console.warn('<kz-af-trade>: could not check the publisher data; showing the shipped facts.', error);
    return shipped(['could not load the code that checks the publisher data']);
  }
}
