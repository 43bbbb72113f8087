/**
 * An edition's house style for dates, periods and lists: its own month names, patterns and
 * separators. Browsers' locale data differ (WebKit's Dari `formatRange` drops the end month;
 * Chromium lacks Pashto and writes Kazakh with Russian data), so `Intl` writes only the figures,
 * which arrive here already in the edition's digits, and the edition reads the same everywhere.
 */
export interface CalendarWords {
  /** Gregorian months, January first, in their form inside a date. */
  months: readonly string[];
  /** The months' form in a period, where it differs from the form in a date (Russian nominative). */
  periodMonths?: readonly string[];
  /** Solar Hijri months, Hamal first, for an edition that shows that calendar first. */
  solarMonths?: readonly string[];
  date: (year: string, month: string, day: string) => string;
  /** A Solar Hijri date, where it is written otherwise than a Gregorian one (else `date`). */
  solarDate?: (year: string, month: string, day: string) => string;
  monthYear: (year: string, month: string) => string;
  /** Months of one year, `start` and `end` from `periodMonths` (else `months`). */
  monthRange: (year: string, start: string, end: string) => string;
  /** Between two items of a list, and before the last one. */
  list: readonly [string, string];
  /** A share, given as a figure of percent, where the edition writes it otherwise than the locale data it may borrow. */
  percent?: (figure: string) => string;
}

/**
 * English edition. Its shape is the type every other edition must match
 * (`Messages`), so a missing or misspelt key is a compile error.
 * Placeholders receive text already formatted for the edition's locale.
 */
const en = {
  direction: 'ltr' as 'ltr' | 'rtl',

  title: 'Kazakhstan and Afghanistan: trade and new projects',

  /** `period`: the months covered, e.g. "January–August 2022". */
  tradeHeading: (period: string) => `Trade, ${period}`,
  totalLabel: 'Bilateral trade',
  /** `amount`: a number of millions, e.g. "330.7". */
  millionUsd: (amount: string) => `$${amount}\u00a0million`,
  /** The same, short, for the headline figure and the bars: "$330.7m". */
  millionUsdShort: (amount: string) => `$${amount}m`,
  kzExportsLabel: 'Kazakh exports to Afghanistan',
  afExportsLabel: 'Afghan exports to Kazakhstan',
  /** The one footnote that the mark on every calculated figure points to; `arithmetic`: how Afghan exports follow from the reported figures, e.g. "330.7 − 316.5 = 14.2". */
  footnote: (arithmetic: string) =>
    `Calculated: Afghan exports are the total minus Kazakh exports (${arithmetic}); shares of the total are calculated from the reported figures.`,
  /** Read by screen readers at a calculated figure's mark. */
  calculated: 'calculated',
  /** A correction of the figures, in the card's footer: `date` formatted, `changes` joined (or empty). */
  correction: (date: string, changes: string) => `Corrected ${date}${changes ? `: ${changes}` : ''}.`,
  /** A reported figure the correction changed; `from` and `to` formatted. */
  revised: (figure: string, from: string, to: string) => `${figure} revised from ${from} to ${to}`,
  /** A calculated figure that changed with it. */
  recalculated: (figure: string, from: string, to: string) => `${figure} recalculated from ${from} to ${to}`,
  /** Between the changes of one correction. */
  changeSeparator: '; ',
  /** The figures as a correction names them, in running text. */
  figureNames: { total: 'bilateral trade', kz: 'Kazakh exports', af: 'Afghan exports', share: 'the Kazakh share' },
  chartLabel: 'Trade by direction, in US dollars',
  /** Screen-reader summary of the chart. */
  chartSummary: (kz: string, total: string, share: string, af: string) =>
    `Kazakh exports: ${kz} of ${total} total trade, or ${share} (calculated). Afghan exports: ${af} (calculated).`,

  /** Data table: `period` as in `tradeHeading`. */
  tableCaption: (period: string) => `Kazakhstan–Afghanistan trade, ${period}`,
  tableFlow: 'Flow',
  tableValue: '$ million',
  tableShare: 'Share',
  tableBasis: 'Basis',
  /** The control under the chart that shows or hides the data table. */
  showData: 'Show the data',
  hideData: 'Hide the data',
  reported: 'reported',
  derivedBasis: 'derived',

  /** Reuse actions: copy a fact, download the data and the chart. */
  actionsLabel: 'Reuse these figures',
  /** The footer menu that holds the reuse actions, and its copy action. */
  shareMenu: 'Share & download',
  copyFacts: 'Copy the facts',
  downloadData: 'Data (CSV)',
  downloadSvg: 'Chart (SVG)',
  downloadPng: 'Chart (PNG)',
  copied: 'Copied to the clipboard',
  /** Said in the card's live region when the browser or the page refuses. */
  copyFailed: 'Could not copy: this page or browser does not allow it.',
  downloadFailed: 'Could not save the file: this page or browser does not allow downloads.',
  csvValue: 'Value',
  csvPeriod: 'Period',
  csvUnit: 'Unit',
  csvSource: 'Source',
  /** The CSV row of the Kazakh share of the total. */
  csvKzShare: 'Kazakh exports to Afghanistan, share of total',
  /** The CSV's columns for a corrected figure: what it was, and when it changed. */
  csvPrevious: 'Previous value',
  csvCorrectedOn: 'Corrected on',

  exportsHeading: 'What they trade',
  kzSellsLabel: 'Kazakhstan sells',
  kzSells: 'mainly agricultural products',
  /** `share`: a percentage, e.g. "80%". */
  flourWheatShare: (share: string) => `Flour and wheat: more than ${share} of export volumes`,
  flourWheatNote: 'A lower bound, measured by volume, not by value.',
  /** `share`: the lower bound, e.g. "80%", labelling its tick. */
  atLeast: (share: string) => `${share}+`,
  afSellsLabel: 'Afghanistan sells',
  afProducts: ['mineral water', 'fruit', 'spices'],
  /** Around a list the article opens with "such as": the words before it, and after it where the language puts some. */
  including: ['including '] as readonly [string] | readonly [string, string],

  vehiclesHeading: 'Vehicles',
  vehicles:
    'Kazakhstan plans to export vehicles to Afghanistan, in response to a proposal by the Taliban, and to set up distribution centres and car dealerships there to service them.',

  miningHeading: 'Mining',
  mining:
    'Kazakhstan is considering joint projects in Afghanistan in geological exploration and in the extraction and processing of ores, mainly:',
  minerals: ['copper', 'iron', 'gold'],
  miningCompaniesLabel: 'Kazakh companies ready to send teams,',
  companies: ['ERG Exploration', 'Kazakhmys Barlau', 'Kazatomprom'],

  outlookHeading: 'Outlook',
  /** `amount`: from `billionUsd`. */
  outlook: (amount: string) => `Agri-food trade could reach ${amount}.`,
  /** `amount`: a number of billions, e.g. "1". */
  billionUsd: (amount: string) => `$${amount}\u00a0billion`,

  // British house style, like the spelling: 22 October 2022; no serial comma.
  calendar: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    date: (year, month, day) => `${day} ${month} ${year}`,
    monthYear: (year, month) => `${month} ${year}`,
    monthRange: (year, start, end) => `${start}–${end} ${year}`,
    list: [', ', ' and '],
  } as CalendarWords,

  speaker: 'Serik Zhumangarin',
  /** Who said it, where and when (the CSV's source column): `date` is the day of the announcement, formatted. */
  source: (speaker: string, date: string) =>
    `${speaker}, Deputy Prime Minister of Kazakhstan, at a Kazakhstan–Afghanistan economic forum, ${date}`,
  /** The card's source line, from `source`. */
  sourceLine: (source: string) => `Source: ${source}.`,
};

export type Messages = typeof en;
export default en;
