/**
 * The facts of the story, each number once, with its unit, period and provenance.
 *
 * Source: the French article kept in `demo/article.fr.txt` (Serik Zhumangarin,
 * Deputy Prime Minister of Kazakhstan, at a Kazakhstan–Afghanistan economic forum,
 * 22 October 2022; the article spells him "Jumanagarin", the editions use the usual romanisation,
 * "Zhumangarin"). Words live in the locale modules; this module holds numbers only.
 */

/** A calendar month as `YYYY-MM`. */
export type YearMonth = `${number}-${number}`;

/** Bilateral trade as reported, in millions of US dollars. */
export interface TradeFigures {
  /** First and last month covered, inclusive. */
  period: { start: YearMonth; end: YearMonth };
  /** Kazakhstan–Afghanistan trade, both directions (reported). */
  totalMillionUsd: number;
  /** Kazakh exports to Afghanistan (reported). */
  kzExportsMillionUsd: number;
}

/** Figures computed from the reported ones; never shown without a "derived" mark. */
export interface DerivedTrade {
  /** Afghan exports to Kazakhstan: total minus Kazakh exports. */
  afExportsMillionUsd: number;
  /** Kazakh exports as a share of the total, 0–1. */
  kzShare: number;
}

export const trade: TradeFigures = {
  period: { start: '2022-01', end: '2022-08' },
  totalMillionUsd: 330.7,
  kzExportsMillionUsd: 316.5,
};

/**
 * Flour and wheat are "more than 80 %" of Kazakh export *volumes* to Afghanistan:
 * a lower bound, and a share of volume, not of value.
 */
export const flourWheatVolumeShareLowerBound = 0.8;

/** Agri-food trade "could reach one billion dollars": a projection, in billions of US dollars. */
export const agriFoodOutlookBillionUsd = 1;

/** When the figures were announced (ISO date). */
export const announcedOn = '2022-10-22';

/** Derives the figures the article implies but does not state. */
export function deriveTrade({ totalMillionUsd, kzExportsMillionUsd }: TradeFigures): DerivedTrade {
  return {
    // Rounded to the reported precision (one decimal) to drop the float residue of 330.7 − 316.5.
    afExportsMillionUsd: Math.round((totalMillionUsd - kzExportsMillionUsd) * 10) / 10,
    kzShare: kzExportsMillionUsd / totalMillionUsd,
  };
}

/** The facts as shown: shipped, or shipped with a publisher's valid correction applied. */
export interface ShownFacts {
  trade: TradeFigures;
  announcedOn: string;
  /** The publisher's source line, if any. */
  source?: string;
  /** The day a publisher corrected the figures (`YYYY-MM-DD`), and its note, if any. */
  correctedOn?: string;
  correctionNote?: string;
  /** Where the source can be read, and the figures' licence: URLs a newsroom gives, never invented. */
  sourceUrl?: string;
  license?: string;
}

/** A figure a correction changed: reported ones are revised, derived ones recalculated. */
export interface Change {
  figure: 'total' | 'kz' | 'af' | 'share';
  /** What the shipped facts said, and what the correction says: millions of US dollars, or a share 0–1. */
  from: number;
  to: number;
}

/** The figures the shown facts change from the shipped ones, in the card's order. */
export function changes({ trade: shown }: ShownFacts): Change[] {
  const [before, after] = [deriveTrade(trade), deriveTrade(shown)];
  const pairs: Array<[Change['figure'], number, number]> = [
    ['total', trade.totalMillionUsd, shown.totalMillionUsd],
    ['kz', trade.kzExportsMillionUsd, shown.kzExportsMillionUsd],
    ['af', before.afExportsMillionUsd, after.afExportsMillionUsd],
    ['share', before.kzShare, after.kzShare],
  ];
  return pairs.filter(([, from, to]) => from !== to).map(([figure, from, to]) => ({ figure, from, to }));
}

/** Reported figures, as against those derived from them. */
export const isReported = (figure: Change['figure']) => figure === 'total' || figure === 'kz';

export const shippedFacts: ShownFacts = { trade, announcedOn };
