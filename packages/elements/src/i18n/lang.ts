/** Languages every element's text is available in. */
export type Lang = 'zh-CN' | 'en';

/** Maps any BCP 47 tag to a supported language: `en*` → en, everything else → zh-CN. */
export function normalizeLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
