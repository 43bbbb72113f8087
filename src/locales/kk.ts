import type { Messages } from './en.js';

/** Қазақ тіліндегі нұсқа (кирилл жазуы). */
const kk: Messages = {
  direction: 'ltr',

  title: 'Қазақстан мен Ауғанстан: сауда және жаңа жобалар',

  tradeHeading: (period) => `Тауар айналымы, ${period}`,
  totalLabel: 'Екіжақты тауар айналымы',
  millionUsd: (amount) => `${amount}\u00a0млн доллар`,
  millionUsdShort: (amount) => `${amount}\u00a0млн\u00a0$`,
  kzExportsLabel: 'Қазақстанның Ауғанстанға экспорты',
  afExportsLabel: 'Ауғанстанның Қазақстанға экспорты',
  footnote: (arithmetic) =>
    `Есептелген: Ауғанстан экспорты\u00a0– тауар айналымынан Қазақстан экспортын шегергендегі сома (${arithmetic}); тауар айналымындағы үлестер мәлімделген сандар бойынша есептелген.`,
  calculated: 'есептелген',
  correction: (date, changes) => `Түзету (${date})${changes ? `: ${changes}` : ''}.`,
  revised: (figure, from, to) => `${figure}\u00a0– ${from} орнына ${to}`,
  recalculated: (figure, from, to) => `${figure} (қайта есептелген)\u00a0– ${from} орнына ${to}`,
  changeSeparator: '; ',
  figureNames: {
    total: 'екіжақты тауар айналымы',
    kz: 'Қазақстан экспорты',
    af: 'Ауғанстан экспорты',
    share: 'Қазақстанның үлесі',
  },
  chartLabel: 'Бағыттар бойынша тауар айналымы, АҚШ долларымен',
  chartSummary: (kz, total, share, af) =>
    `Қазақстан экспорты\u00a0– ${kz}, жалпы тауар айналымы\u00a0– ${total}, Қазақстанның үлесі\u00a0– ${share} (есептелген). Ауғанстан экспорты\u00a0– ${af} (есептелген).`,

  tableCaption: (period) => `Қазақстан мен Ауғанстан арасындағы тауар айналымы, ${period}`,
  tableFlow: 'Бағыт',
  tableValue: 'млн $',
  tableShare: 'Үлес',
  tableBasis: 'Дерек түрі',
  showData: 'Деректерді көрсету',
  hideData: 'Деректерді жасыру',
  reported: 'мәлімделген',
  derivedBasis: 'есептелген',

  actionsLabel: 'Деректерді пайдалану',
  shareMenu: 'Бөлісу және жүктеп алу',
  copyFacts: 'Мәтінді көшіру',
  downloadData: 'Деректер (CSV)',
  downloadSvg: 'Диаграмма (SVG)',
  downloadPng: 'Диаграмма (PNG)',
  copied: 'Алмасу буферіне көшірілді',
  copyFailed: 'Көшіру мүмкін болмады: бұл бет немесе браузер оған рұқсат бермейді.',
  downloadFailed: 'Файлды сақтау мүмкін болмады: бұл бет немесе браузер жүктеп алуға рұқсат бермейді.',
  csvValue: 'Мәні',
  csvPeriod: 'Кезең',
  csvUnit: 'Өлшем бірлігі',
  csvSource: 'Дереккөз',
  csvKzShare: 'Қазақстанның Ауғанстанға экспорты, тауар айналымындағы үлесі',
  csvPrevious: 'Бұрынғы мәні',
  csvCorrectedOn: 'Түзетілген күні',

  exportsHeading: 'Тауар құрылымы',
  kzSellsLabel: 'Қазақстан экспорты',
  kzSells: 'негізінен ауыл шаруашылығы өнімдері',
  flourWheatShare: (share) => `Ұн мен бидай: экспорт көлемінің ${share}-дан астамы`,
  flourWheatNote: 'Бұл\u00a0– төменгі шек: үлес құнымен емес, көлемімен есептелген.',
  atLeast: (share) => `${share}+`,
  afSellsLabel: 'Ауғанстан экспорты',
  afProducts: ['минералды су', 'жеміс-жидек', 'дәмдеуіштер'],
  including: ['соның ішінде '],

  vehiclesHeading: 'Автокөлік',
  vehicles:
    'Қазақстан талибтердің ұсынысына жауап ретінде Ауғанстанға автокөлік экспорттауды жоспарлап отыр. Сондай-ақ Ауғанстанда көліктерге техникалық қызмет көрсету үшін дистрибуциялық және дилерлік орталықтар ашу көзделген.',

  miningHeading: 'Тау-кен саласы',
  mining:
    'Қазақстан Ауғанстанда геологиялық барлау, кен өндіру және өңдеу бойынша бірлескен жобаларға қатысуды қарастыруда. Негізгі кендер\u00a0–',
  minerals: ['мыс', 'темір', 'алтын'],
  miningCompaniesLabel: 'Мамандар топтарын жіберуге дайын қазақстандық компаниялар,',
  // компания атаулары «» белгісінде
  companies: ['«ERG Exploration»', '«Қазақмыс Барлау»', '«Қазатомөнеркәсіп»'],

  outlookHeading: 'Болжам',
  outlook: (amount) => `Ауыл шаруашылығы және азық-түлік өнімдерінің саудасы ${amount} деңгейіне жетуі мүмкін.`,
  billionUsd: (amount) => `${amount}\u00a0млрд доллар`,

  calendar: {
    months: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
    date: (year, month, day) => `${year} жылғы ${day} ${month}`,
    monthYear: (year, month) => `${year} жылғы ${month}`,
    monthRange: (year, start, end) => `${year} жылғы ${start}–${end}`,
    // Соңғы атау «және» арқылы қосылады.
    list: [', ', ' және '],
    // «95,7%», without the space Russian data (lent where a browser has no Kazakh) puts before it
    percent: (figure) => `${figure}%`,
  },

  speaker: 'Серік Жұманғарин',
  source: (speaker, date) =>
    `${speaker}, Қазақстан Премьер-Министрінің орынбасары, Қазақстан\u00a0– Ауғанстан экономикалық форумында, ${date}`,
  sourceLine: (source) => `Дереккөз: ${source}.`,
};

export default kk;
