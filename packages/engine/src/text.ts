import { type LocalizedText, localize } from '@onewindow/spec';

/** zh-CN or English text of a LocalizedText (internal shorthand for the spec package's `localize`). */
export function text(value: LocalizedText | undefined, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return localize(value, lang);
}
