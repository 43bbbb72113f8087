import type { Messages } from './en.js';

/** نسخهٔ دری (فارسی افغانستان). */
const fa: Messages = {
  direction: 'rtl',

  title: 'قزاقستان و افغانستان: تجارت و پروژه‌های جدید',

  tradeHeading: (period) => `مبادلات تجارتی از ${period}`,
  totalLabel: 'تجارت دوجانبه',
  millionUsd: (amount) => `${amount}\u00a0میلیون دالر`,
  millionUsdShort: (amount) => `${amount}\u00a0میلیون دالر`,
  kzExportsLabel: 'صادرات قزاقستان به افغانستان',
  afExportsLabel: 'صادرات افغانستان به قزاقستان',
  footnote: (arithmetic) =>
    `محاسبه‌شده: صادرات افغانستان برابر است با مجموع تجارت منهای صادرات قزاقستان (${arithmetic})؛ سهم‌ها از مجموع بر اساس ارقام اعلام‌شده محاسبه شده‌اند.`,
  calculated: 'محاسبه‌شده',
  correction: (date, changes) => `اصلاحیهٔ ${date}${changes ? `: ${changes}` : ''}.`,
  // a verb joins each figure to its amounts; inanimate plurals (صادرات) take it in the singular
  revised: (figure, from, to) => `${figure} از ${from} به ${to} اصلاح شد`,
  recalculated: (figure, from, to) => `${figure} از ${from} به ${to} دوباره محاسبه شد`,
  changeSeparator: '؛ ',
  figureNames: { total: 'تجارت دوجانبه', kz: 'صادرات قزاقستان', af: 'صادرات افغانستان', share: 'سهم قزاقستان' },
  chartLabel: 'تجارت به تفکیک جهت، به دالر امریکایی',
  chartSummary: (kz, total, share, af) =>
    `صادرات قزاقستان: ${kz} از مجموع ${total}، یعنی ${share} (محاسبه‌شده). صادرات افغانستان: ${af} (محاسبه‌شده).`,

  tableCaption: (period) => `تجارت قزاقستان و افغانستان از ${period}`,
  tableFlow: 'جهت',
  tableValue: 'میلیون دالر',
  tableShare: 'سهم',
  tableBasis: 'نوع رقم',
  showData: 'نمایش داده‌ها',
  hideData: 'پنهان کردن داده‌ها',
  reported: 'اعلام‌شده',
  derivedBasis: 'محاسبه‌شده',

  actionsLabel: 'استفاده از این ارقام',
  shareMenu: 'اشتراک‌گذاری و دانلود',
  copyFacts: 'کاپی متن',
  downloadData: 'داده‌ها (CSV)',
  downloadSvg: 'نمودار (SVG)',
  downloadPng: 'نمودار (PNG)',
  copied: 'کاپی شد',
  copyFailed: 'کاپی نشد: این صفحه یا مرورگر اجازه نمی‌دهد.',
  downloadFailed: 'فایل ذخیره نشد: این صفحه یا مرورگر اجازهٔ دانلود نمی‌دهد.',
  csvValue: 'مقدار',
  csvPeriod: 'دوره',
  csvUnit: 'واحد',
  csvSource: 'منبع',
  csvKzShare: 'صادرات قزاقستان به افغانستان، سهم از مجموع',
  csvPrevious: 'مقدار پیشین',
  csvCorrectedOn: 'تاریخ اصلاح',

  exportsHeading: 'اقلام تجارتی',
  kzSellsLabel: 'صادرات قزاقستان',
  kzSells: 'عمدتاً محصولات زراعتی',
  flourWheatShare: (share) => `آرد و گندم: بیش از ${share} حجم صادرات`,
  flourWheatNote: 'این رقم حداقل است و بر اساس حجم محاسبه شده، نه ارزش.',
  atLeast: (share) => `حداقل ${share}`,
  afSellsLabel: 'صادرات افغانستان',
  afProducts: ['آب معدنی', 'میوه', 'ادویه'],
  including: ['از جمله '],

  vehiclesHeading: 'وسایط نقلیه',
  vehicles:
    'قزاقستان در پاسخ به پیشنهاد طالبان قصد دارد به افغانستان موتر صادر کند و در این کشور مراکز توزیع و نمایندگی‌های فروش موتر را برای سرویس این موترها ایجاد کند.',

  miningHeading: 'معادن',
  mining:
    'قزاقستان پروژه‌های مشترکی را در افغانستان در بخش‌های اکتشافات زمین‌شناسی، استخراج و پروسس سنگ معدن در نظر دارد، عمدتاً:',
  minerals: ['مس', 'آهن', 'طلا'],
  miningCompaniesLabel: 'شرکت‌های قزاقستانی که آماده اعزام تیم هستند،',
  // نام‌ها به خط دری، با نام لاتین در قوس برای جست‌وجو
  companies: [
    'ای‌آر‌جی اکسپلوریشن (ERG Exploration)',
    'قزاق‌میس بارلاو (Kazakhmys Barlau)',
    'قزاق‌اتم‌پروم (Kazatomprom)',
  ],

  outlookHeading: 'چشم‌انداز',
  outlook: (amount) => `حجم تجارت محصولات زراعتی و مواد غذایی می‌تواند به ${amount} برسد.`,
  // در جمله به حروف: «یک میلیارد دالر»
  billionUsd: (amount) => `${amount === '۱' ? 'یک' : amount}\u00a0میلیارد دالر`,

  calendar: {
    months: ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
    solarMonths: ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
    date: (year, month, day) => `${day} ${month} ${year}`,
    monthYear: (year, month) => `${month} ${year}`,
    monthRange: (year, start, end) => `${start} تا ${end} ${year}`,
    // بدون ویرگول پیش از «و»
    list: ['، ', ' و '],
  },

  speaker: 'سریک ژومانگارین',
  source: (speaker, date) => `${speaker}، معاون صدراعظم قزاقستان، در مجمع اقتصادی قزاقستان و افغانستان، ${date}`,
  sourceLine: (source) => `منبع: ${source}.`,
};

export default fa;
