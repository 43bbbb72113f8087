import type { Messages } from './en.js';

/** Русская редакция (как пишут русскоязычные СМИ Казахстана). */
const ru: Messages = {
  direction: 'ltr',

  title: 'Казахстан и Афганистан: товарооборот и новые проекты',

  tradeHeading: (period) => `Товарооборот за ${period}`,
  totalLabel: 'Двусторонний товарооборот',
  millionUsd: (amount) => `${amount}\u00a0млн долларов`,
  kzExportsLabel: 'Экспорт Казахстана в Афганистан',
  afExportsLabel: 'Экспорт Афганистана в Казахстан',
  kzShareOfTotal: (share) => `${share} товарооборота`,
  derived: (text) => `${text} (расчёт)`,
  afExportsDerivation: 'товарооборот за вычетом экспорта Казахстана',
  chartLabel: 'Товарооборот по направлениям, в долларах США',
  chartSummary: (kz, total, share, af) =>
    `Экспорт Казахстана: ${kz} из ${total} товарооборота, или ${share} (расчёт). Экспорт Афганистана: ${af} (расчёт).`,

  tableCaption: (period) => `Товарооборот Казахстана и Афганистана за ${period}`,
  tableFlow: 'Направление',
  tableValue: 'Млн долларов США',
  tableShare: 'Доля в товарообороте',
  tableBasis: 'Данные',
  reported: 'заявленные',
  derivedBasis: 'расчётные',
  viewLabel: 'Вид',
  showChart: 'Диаграмма',
  showTable: 'Таблица',

  actionsLabel: 'Использовать эти данные',
  downloadData: 'Данные (CSV)',
  downloadSvg: 'Диаграмма (SVG)',
  downloadPng: 'Диаграмма (PNG)',
  copy: 'Копировать',
  copied: 'Скопировано в буфер обмена',
  csvValue: 'Значение',
  csvPeriod: 'Период',
  csvUnit: 'Единица',
  csvSource: 'Источник',

  exportsHeading: 'Чем торгуют',
  kzSellsLabel: 'Казахстан поставляет',
  kzSells: 'в основном сельхозпродукцию',
  flourWheatShare: (share) => `Мука и пшеница: более ${share} экспорта в натуральном выражении`,
  flourWheatNote: 'Нижняя оценка; доля по объёму, а не по стоимости.',
  afSellsLabel: 'Афганистан поставляет',
  afProducts: ['минеральную воду', 'фрукты', 'специи'],

  vehiclesHeading: 'Автомобили',
  vehicles:
    'Казахстан планирует экспортировать в Афганистан автомобили в ответ на предложение талибов, а также открыть там дистрибуционные и дилерские центры для технического обслуживания машин.',

  miningHeading: 'Горнорудная отрасль',
  mining:
    'Казахстан рассматривает совместные проекты в Афганистане по геологоразведке, добыче и переработке руд, в основном:',
  minerals: ['медь', 'железо', 'золото'],
  miningCompaniesLabel: 'Казахстанские компании, готовые направить в Афганистан группы специалистов:',
  companies: ['ERG Exploration', 'Казахмыс Барлау', 'Казатомпром'],

  outlookHeading: 'Перспективы',
  outlook: (amount) => `Торговля сельхозпродукцией и продовольствием может достичь ${amount}.`,
  billionUsd: (amount) => `${amount}\u00a0млрд долларов`,

  calendar: null,

  speaker: 'Серик Жумангарин',
  source: (speaker, date) =>
    // Дата в формате «22 октября 2022 г.» уже оканчивается точкой.
    `Источник: ${speaker}, вице-премьер Казахстана, на казахстанско-афганском экономическом форуме ${date}${date.endsWith('.') ? '' : '.'}`,
};

export default ru;
