export { OwElement } from './base/OwElement.js';
export { type Lang, normalizeLang } from './i18n/lang.js';
