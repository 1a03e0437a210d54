import type { LocalizedText } from '@onewindow/spec';

/** zh-CN or English text of a LocalizedText, falling back to zh-CN (internal; the spec package has `localize`). */
export function text(value: LocalizedText | undefined, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return (lang === 'en' ? value.en : undefined) ?? value['zh-CN'];
}
