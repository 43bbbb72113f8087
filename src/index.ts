export { KzAfTrade, type KzAfTradeEvent } from './kz-af-trade.js';
export type { KzAfTradeEvents } from './events.js';
export { loadEdition } from './locales/index.js';
export type { Messages, Locale } from './locales/index.js';
export type { PublisherData } from './data/publisher-data.js';
export type { KzAfTradeAttributes } from './kz-af-trade.jsx.js';
export type { HeadingLevel as KzAfTradeHeadingLevel } from './options.js';
