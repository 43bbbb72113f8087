import type { Messages } from './en.js';

/** Қазақ тіліндегі нұсқа (кирилл жазуы). */
const kk: Messages = {
  direction: 'ltr',

  title: 'Қазақстан мен Ауғанстан: сауда және жаңа жобалар',

  tradeHeading: (period) => `Тауар айналымы, ${period}`,
  totalLabel: 'Екіжақты тауар айналымы',
  millionUsd: (amount) => `${amount}\u00a0млн доллар`,
  kzExportsLabel: 'Қазақстанның Ауғанстанға экспорты',
  afExportsLabel: 'Ауғанстанның Қазақстанға экспорты',
  kzShareOfTotal: (share) => `жалпы тауар айналымының ${share}-ы`,
  derived: (text) => `${text} (есептелген)`,
  afExportsDerivation: 'жалпы тауар айналымынан Қазақстан экспорты шегерілген',
  chartLabel: 'Бағыттар бойынша тауар айналымы, АҚШ долларымен',
  chartSummary: (kz, total, share, af) =>
    `Қазақстан экспорты – ${kz}, жалпы тауар айналымы – ${total}, Қазақстанның үлесі – ${share} (есептелген). Ауғанстан экспорты – ${af} (есептелген).`,

  tableCaption: (period) => `Қазақстан мен Ауғанстан арасындағы тауар айналымы, ${period}`,
  tableFlow: 'Бағыт',
  tableValue: 'Млн АҚШ доллары',
  tableShare: 'Тауар айналымындағы үлес',
  tableBasis: 'Дерек түрі',
  reported: 'мәлімделген',
  derivedBasis: 'есептелген',
  viewLabel: 'Көрініс',
  showChart: 'Диаграмма',
  showTable: 'Кесте',

  actionsLabel: 'Деректерді пайдалану',
  downloadData: 'Деректер (CSV)',
  downloadSvg: 'Диаграмма (SVG)',
  downloadPng: 'Диаграмма (PNG)',
  copy: 'Көшіру',
  copied: 'Алмасу буферіне көшірілді',
  copyFailed: 'Көшіру мүмкін болмады: бұл бет немесе браузер оған рұқсат бермейді.',
  downloadFailed: 'Файлды сақтау мүмкін болмады: бұл бет немесе браузер жүктеп алуға рұқсат бермейді.',
  csvValue: 'Мәні',
  csvPeriod: 'Кезең',
  csvUnit: 'Өлшем бірлігі',
  csvSource: 'Дереккөз',

  exportsHeading: 'Тауар құрылымы',
  kzSellsLabel: 'Қазақстан экспорты',
  kzSells: 'негізінен ауыл шаруашылығы өнімдері',
  flourWheatShare: (share) => `Ұн мен бидай: экспорт көлемінің ${share}-дан астамы`,
  flourWheatNote: 'Бұл – төменгі шек: үлес құнымен емес, көлемімен есептелген.',
  afSellsLabel: 'Ауғанстан экспорты',
  afProducts: ['минералды су', 'жеміс-жидек', 'дәмдеуіштер'],

  vehiclesHeading: 'Автокөлік',
  vehicles:
    'Қазақстан талибтердің ұсынысына жауап ретінде Ауғанстанға автокөлік экспорттауды жоспарлап отыр. Сондай-ақ ол жерде көліктерге техникалық қызмет көрсету үшін дистрибуциялық және дилерлік орталықтар ашу көзделген.',

  miningHeading: 'Тау-кен саласы',
  mining:
    'Қазақстан Ауғанстанда геологиялық барлау, кен өндіру және өңдеу бойынша бірлескен жобаларды қарастыруда, негізінен:',
  minerals: ['мыс', 'темір', 'алтын'],
  miningCompaniesLabel: 'Мамандар тобын жіберуге дайын қазақстандық компаниялар:',
  companies: ['ERG Exploration', 'Қазақмыс Барлау', 'Қазатомөнеркәсіп'],

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
    `Дереккөз: ${speaker}, Қазақстан Премьер-Министрінің орынбасары, Қазақстан – Ауғанстан экономикалық форумы, ${date}.`,
};

export default kk;
