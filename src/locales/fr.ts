import type { Messages } from './en.js';

/** Édition française : la langue de l'article source. */
const fr: Messages = {
  direction: 'ltr',

  title: 'Kazakhstan et Afghanistan\u202f: commerce et nouveaux projets',

  tradeHeading: (period) => `Échanges commerciaux, ${period}`,
  totalLabel: 'Commerce bilatéral',
  millionUsd: (amount) => `${amount}\u00a0millions de dollars`,
  millionUsdShort: (amount) => `${amount}\u00a0M$`,
  kzExportsLabel: 'Exportations kazakhes vers l’Afghanistan',
  afExportsLabel: 'Exportations afghanes vers le Kazakhstan',
  footnote: (arithmetic) =>
    `Calcul de la rédaction\u202f: les exportations afghanes sont le total moins les exportations kazakhes (${arithmetic})\u202f; les parts du total sont calculées à partir des chiffres annoncés.`,
  calculated: 'calculé',
  correction: (date, changes) => `Corrigé le ${date}${changes ? `\u202f: ${changes}` : ''}.`,
  // « pour » and the article: no participle to agree with the figure's gender and number
  revised: (figure, from, to) => `${to} au lieu de ${from} pour ${figure}`,
  recalculated: (figure, from, to) => `${to} au lieu de ${from} pour ${figure} (recalcul)`,
  changeSeparator: '\u202f; ',
  figureNames: {
    total: 'le commerce bilatéral',
    kz: 'les exportations kazakhes',
    af: 'les exportations afghanes',
    share: 'la part kazakhe',
  },
  chartLabel: 'Échanges dans chaque sens, en dollars',
  chartSummary: (kz, total, share, af) =>
    `Exportations kazakhes\u202f: ${kz} sur ${total} d’échanges, soit ${share} (calculé). Exportations afghanes\u202f: ${af} (calculé).`,

  tableCaption: (period) => `Échanges entre le Kazakhstan et l’Afghanistan, ${period}`,
  tableFlow: 'Flux',
  tableValue: 'M$',
  tableShare: 'Part',
  tableBasis: 'Nature',
  showData: 'Voir les données',
  hideData: 'Masquer les données',
  reported: 'annoncé',
  derivedBasis: 'calculé',

  actionsLabel: 'Réutiliser ces chiffres',
  shareMenu: 'Partager et télécharger',
  copyFacts: 'Copier le texte',
  downloadData: 'Données (CSV)',
  downloadSvg: 'Graphique (SVG)',
  downloadPng: 'Graphique (PNG)',
  copied: 'Copié dans le presse-papiers',
  copyFailed: 'Copie impossible\u202f: cette page ou ce navigateur ne l’autorise pas.',
  downloadFailed: 'Téléchargement impossible\u202f: cette page ou ce navigateur ne l’autorise pas.',
  csvValue: 'Valeur',
  csvPeriod: 'Période',
  csvUnit: 'Unité',
  csvSource: 'Source',
  csvKzShare: 'Exportations kazakhes vers l’Afghanistan, part du total',
  csvPrevious: 'Valeur précédente',
  csvCorrectedOn: 'Corrigé le',

  exportsHeading: 'Les produits échangés',
  kzSellsLabel: 'Le Kazakhstan exporte',
  kzSells: 'principalement des produits agricoles',
  flourWheatShare: (share) => `Farine et blé\u202f: plus de ${share} des volumes exportés`,
  flourWheatNote: 'Il s’agit d’un minimum, en volume et non en valeur.',
  atLeast: (share) => `${share}+`,
  afSellsLabel: 'L’Afghanistan exporte',
  afProducts: ['des eaux minérales', 'des fruits', 'des épices'],
  including: ['notamment '],

  vehiclesHeading: 'Véhicules',
  vehicles:
    'Le Kazakhstan prévoit d’exporter des véhicules vers l’Afghanistan, en réponse à une proposition des talibans, et d’y implanter des centres de distribution et des concessions automobiles chargés d’en assurer l’entretien.',

  miningHeading: 'Mines',
  mining:
    'Le Kazakhstan envisage des projets conjoints en Afghanistan dans l’exploration géologique, l’extraction et la transformation de minerais, principalement\u202f:',
  minerals: ['cuivre', 'fer', 'or'],
  miningCompaniesLabel: 'Entreprises kazakhes prêtes à envoyer des équipes,',
  companies: ['ERG Exploration', 'Kazakhmys Barlau', 'Kazatomprom'],

  outlookHeading: 'Perspectives',
  outlook: (amount) => `Les échanges agroalimentaires pourraient atteindre ${amount}.`,
  // En toutes lettres dans la phrase : « un milliard » ; « 1,5 milliard », mais « 2 milliards ».
  billionUsd: (amount) => `${amount === '1' ? 'un' : amount}\u00a0milliard de dollars`,

  calendar: {
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    // « 1er octobre », « 22 octobre » (figures already in the edition's digits)
    date: (year, month, day) => `${day === '1' ? '1er' : day}\u00a0${month} ${year}`,
    monthYear: (year, month) => `${month} ${year}`,
    monthRange: (year, start, end) => `${start}-${end} ${year}`,
    list: [', ', ' et '],
    // « 80\u202f% » : l’espace fine insécable, quelles que soient les données du navigateur
    percent: (figure) => `${figure}\u202f%`,
  },

  speaker: 'Serik Zhumangarin',
  source: (speaker, date) =>
    `${speaker}, vice-premier ministre du Kazakhstan, lors d’un forum économique kazakho-afghan, le ${date}`,
  sourceLine: (source) => `Source\u202f: ${source}.`,
};

export default fr;
