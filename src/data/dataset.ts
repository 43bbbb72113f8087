import { arithmetic, tradeSummary, type Formatters } from '../format.js';
import type { Locale, Messages } from '../locales/index.js';
import { intlSettings } from '../locales/index.js';
import { correctionWithNote } from '../sections/correction.js';
import { deriveTrade, type ShownFacts } from './facts.js';

/**
 * schema.org Dataset: the figures the card shows, machine-readable, in the edition's language. It
 * follows a correction (the figures, a `CorrectionComment`), and carries a URL or a licence only
 * when the newsroom gives them: never an invented value.
 */
export function dataset(facts: ShownFacts, m: Messages, locale: Locale, f: Formatters) {
  const { trade } = facts;
  const { totalMillionUsd: total, kzExportsMillionUsd: kz, period } = trade;
  const { afExportsMillionUsd: af } = deriveTrade(trade);
  const short = (value: number) => m.millionUsdShort(f.decimal(value));
  const figure = (name: string, value: number, description?: string) => ({
    '@type': 'PropertyValue',
    name,
    value,
    unitText: 'million US dollars',
    ...(description ? { description } : {}),
  });
  const source = facts.source ?? m.source(m.speaker, f.date(facts.announcedOn));
  const correction = correctionWithNote({ messages: m, format: f, short }, facts);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: m.title,
    description: tradeSummary(m, f, trade),
    inLanguage: intlSettings[locale].locales[0],
    temporalCoverage: `${period.start}/${period.end}`,
    spatialCoverage: [
      { '@type': 'Country', name: 'Kazakhstan' },
      { '@type': 'Country', name: 'Afghanistan' },
    ],
    datePublished: facts.announcedOn,
    ...(facts.correctedOn ? { dateModified: facts.correctedOn } : {}),
    creator: { '@type': 'Person', name: 'Serik Zhumangarin', jobTitle: 'Deputy Prime Minister of Kazakhstan' },
    isBasedOn: { '@type': 'CreativeWork', name: source, ...(facts.sourceUrl ? { url: facts.sourceUrl } : {}) },
    ...(facts.sourceUrl ? { url: facts.sourceUrl } : {}),
    ...(facts.license ? { license: facts.license } : {}),
    measurementTechnique: m.footnote(arithmetic(f, trade)),
    variableMeasured: [
      figure(m.totalLabel, total),
      figure(m.kzExportsLabel, kz),
      figure(m.afExportsLabel, af, arithmetic(f, trade)),
    ],
    ...(correction
      ? {
          correction: {
            '@type': 'CorrectionComment',
            datePublished: facts.correctedOn,
            text: correction,
          },
        }
      : {}),
  };
}
