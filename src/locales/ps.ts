import type { Messages } from './en.js';

/** An amount after «د», in the oblique: «د ۳۳۰٫۷ میلیونو ډالرو پر ځای» (a share needs no change). */
const oblique = (amount: string) => amount.replace('میلیونه ډالره', 'میلیونو ډالرو');

/** پښتو نسخه. */
const ps: Messages = {
  direction: 'rtl',

  title: 'قزاقستان او افغانستان: سوداګري او نوې پروژې',

  tradeHeading: (period) => `سوداګري، ${period}`,
  totalLabel: 'دوه اړخیزه سوداګري',
  millionUsd: (amount) => `${amount}\u00a0میلیونه ډالره`,
  millionUsdShort: (amount) => `${amount}\u00a0میلیونه ډالره`,
  kzExportsLabel: 'افغانستان ته د قزاقستان صادرات',
  afExportsLabel: 'قزاقستان ته د افغانستان صادرات',
  footnote: (arithmetic) =>
    `محاسبه شوې: د افغانستان صادرات له ټولې سوداګرۍ څخه د قزاقستان د صادراتو د کمولو پایله ده (${arithmetic})؛ په ټولې سوداګرۍ کې برخې د اعلان شویو شمېرو له مخې محاسبه شوې دي.`,
  calculated: 'محاسبه شوې',
  // «سمون،» before the date: the Solar Hijri date already holds the Gregorian one in brackets
  correction: (date, changes) => `سمون، ${date}${changes ? `: ${changes}` : ''}.`,
  revised: (figure, from, to) => `${figure} د ${oblique(from)} پر ځای ${to}`,
  // «(بیا محاسبه)», a noun: a participle would agree with the figure (صادرات, masculine; برخه, feminine)
  recalculated: (figure, from, to) => `${figure} (بیا محاسبه) د ${oblique(from)} پر ځای ${to}`,
  changeSeparator: '؛ ',
  figureNames: {
    total: 'دوه اړخیزه سوداګري',
    kz: 'د قزاقستان صادرات',
    af: 'د افغانستان صادرات',
    share: 'د قزاقستان برخه',
  },
  chartLabel: 'سوداګري د لوري له مخې، په امریکايي ډالرو',
  chartSummary: (kz, total, share, af) =>
    `د قزاقستان صادرات: ${kz}؛ ټوله سوداګري: ${total}؛ د قزاقستان برخه: ${share} (محاسبه شوې). د افغانستان صادرات: ${af} (محاسبه شوې).`,

  tableCaption: (period) => `د قزاقستان او افغانستان سوداګري، ${period}`,
  tableFlow: 'لوری',
  tableValue: 'میلیونه ډالر',
  tableShare: 'برخه',
  tableBasis: 'د شمېرې ډول',
  showData: 'معلومات وښایاست',
  hideData: 'معلومات پټ کړئ',
  reported: 'اعلان شوې',
  derivedBasis: 'محاسبه شوې',

  actionsLabel: 'د دې شمېرو کارول',
  shareMenu: 'شریکول او ډاونلوډ',
  copyFacts: 'متن کاپي کړئ',
  downloadData: 'معلومات (CSV)',
  downloadSvg: 'چارټ (SVG)',
  downloadPng: 'چارټ (PNG)',
  copied: 'کاپي شو',
  copyFailed: 'کاپي نه شو: دا پاڼه یا براوزر اجازه نه ورکوي.',
  downloadFailed: 'فایل خوندي نه شو: دا پاڼه یا براوزر د ډاونلوډ اجازه نه ورکوي.',
  csvValue: 'شمېره',
  csvPeriod: 'موده',
  csvUnit: 'واحد',
  csvSource: 'سرچینه',
  csvKzShare: 'افغانستان ته د قزاقستان صادرات، په ټولې سوداګرۍ کې برخه',
  csvPrevious: 'پخوانۍ شمېره',
  csvCorrectedOn: 'د سمون نېټه',

  exportsHeading: 'سوداګریز توکي',
  kzSellsLabel: 'د قزاقستان صادرات',
  kzSells: 'زیاتره کرنیز محصولات',
  flourWheatShare: (share) => `اوړه او غنم: د صادراتو د حجم تر ${share} زیات`,
  flourWheatNote: 'دا لږ تر لږه کچه ده چې د ارزښت پر ځای د حجم له مخې محاسبه شوې ده.',
  atLeast: (share) => `لږ تر لږه ${share}`,
  afSellsLabel: 'د افغانستان صادرات',
  // د «په ګډون» تر مخه: د نومونو غیر مستقیم حالت
  afProducts: ['معدني اوبو', 'مېوو', 'مصالحو'],
  including: ['د ', ' په ګډون'],

  vehiclesHeading: 'نقلیه وسایط',
  vehicles:
    'قزاقستان د طالبانو د وړاندیز په ځواب کې پلان لري چې افغانستان ته موټر صادر کړي او هلته د دغو موټرو د ساتنې او خدماتو لپاره د وېش مرکزونه او د موټرو نمایندګۍ جوړې کړي.',

  miningHeading: 'کانونه',
  mining:
    'قزاقستان په افغانستان کې د جیولوژیکي پلټنو، د کاني توکو د استخراج او پروسس په برخو کې ګډې پروژې په پام کې لري، په عمده توګه:',
  minerals: ['مس', 'اوسپنه', 'سره زر'],
  miningCompaniesLabel: 'قزاقستاني شرکتونه چې د ټیمونو لېږلو ته چمتو دي،',
  // نومونه په پښتو لیکدود، لاتیني نوم په قوس کې د لټون لپاره
  companies: [
    'ای آر جي اکسپلوریشن (ERG Exploration)',
    'قزاق‌مس بارلاو (Kazakhmys Barlau)',
    'قزاق اټم پروم (Kazatomprom)',
  ],

  outlookHeading: 'لید لوری',
  outlook: (amount) => `د کرنیزو او خوراکي توکو سوداګري کېدای شي ${amount} ته ورسېږي.`,
  // په جمله کې: «یو میلیارد ډالرو ته»
  billionUsd: (amount) => `${amount === '۱' ? 'یو' : amount}\u00a0میلیارد ډالرو`,

  calendar: {
    months: ['جنوري', 'فېبروري', 'مارچ', 'اپریل', 'مۍ', 'جون', 'جولای', 'اګست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
    // د نېټې دننه غیر مستقیم حالت: «د تلې»
    solarMonths: ['وري', 'غويي', 'غبرګولي', 'چنګاښ', 'زمري', 'وږي', 'تلې', 'لړم', 'لیندۍ', 'مرغومي', 'سلواغې', 'کب'],
    // د نېټې دننه: «د تلې ۳۰مه»
    date: (year, month, day) => `${day} ${month} ${year}`,
    solarDate: (year, month, day) => `د ${year} کال د ${month} ${day}مه`,
    monthYear: (year, month) => `${month} ${year}`,
    // «له جنورۍ څخه تر اګست ۲۰۲۲ پورې»
    periodMonths: [
      'جنورۍ',
      'فېبرورۍ',
      'مارچ',
      'اپریل',
      'مۍ',
      'جون',
      'جولای',
      'اګست',
      'سپتمبر',
      'اکتوبر',
      'نومبر',
      'دسمبر',
    ],
    monthRange: (year, start, end) => `له ${start} څخه تر ${end} ${year} پورې`,
    list: ['، ', ' او '],
  },

  speaker: 'سریک ژومانګارین',
  source: (speaker, date) =>
    `${speaker}، د قزاقستان د لومړي وزیر مرستیال، د قزاقستان او افغانستان په اقتصادي فورم کې، ${date}`,
  sourceLine: (source) => `سرچینه: ${source}.`,
};

export default ps;
