import type { Lang } from './Diagnostic.js';
import type { LocalizedText } from './serviceItem.generated.js';

/**
 * Picks the text for a language from a LocalizedText, falling back to zh-CN (and to '' when absent).
 *
 * @example
 * localize({ 'zh-CN': '居民身份证', en: 'Resident ID card' }, 'en'); // 'Resident ID card'
 * localize('居民身份证', 'en');                                       // '居民身份证'
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (lang === 'en' && typeof text.en === 'string' && text.en !== '') return text.en;
  return text['zh-CN'] ?? '';
}
