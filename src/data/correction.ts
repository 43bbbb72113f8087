import { shippedFacts, type ShownFacts } from './facts.js';

/**
 * The facts to show given a newsroom's correction: the `data` property, else the JSON child's
 * text. A valid one is applied; otherwise one warning lists every problem and the shipped facts
 * stay. The checker is loaded only when there is a correction to check.
 */
export async function correctedFacts(data: unknown, json: string | undefined): Promise<ShownFacts> {
  // `null` or `''`: how frameworks unset a property
  let input = data === null || data === '' ? undefined : data;
  if (input === undefined && json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (error) {
      console.warn(
        `<kz-af-trade>: the <script type="application/json"> child is not valid JSON (${String(error).slice(0, 120)}); showing the shipped facts.`,
      );
    }
  }
  if (input === undefined) return shippedFacts;
  try {
    const { applyPublisherData } = await import('./publisher-data.js');
    const { facts, problems } = applyPublisherData(input);
    if (problems.length) {
      console.warn(
        `<kz-af-trade>: the publisher data was not used, showing the shipped facts: ${problems.join('; ')}.`,
      );
    }
    return facts;
  } catch (error) {
    console.warn('<kz-af-trade>: could not check the publisher data; showing the shipped facts.', error);
    return shippedFacts;
  }
}
