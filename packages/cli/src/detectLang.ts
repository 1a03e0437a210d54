import type { Lang } from '@onewindow/spec';

/**
 * The language asked for with `--lang` anywhere in the arguments (zh-CN unless `en`), read before the
 * command's own parsing so that even its usage errors come in the right language.
 *
 * @example
 * detectLang(['validate', '--lang', 'en', 'a.json']); // 'en'
 * detectLang(['validate', '--lang=zh-CN']);           // 'zh-CN'
 */
export function detectLang(args: readonly string[]): Lang {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') break;
    const value = arg === '--lang' ? args[index + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) return value === 'en' ? 'en' : 'zh-CN';
  }
  return 'zh-CN';
}
