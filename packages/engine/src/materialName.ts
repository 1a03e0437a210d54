import type { ServiceItemSpec } from '@onewindow/spec';
import { text } from './text.js';

/**
 * A material's name in a language (zh-CN when the spec has no English), or its id when the spec has no
 * such material: for notices, refusals and UIs.
 *
 * @example
 * materialName(spec, 'idCard', 'zh-CN'); // '居民身份证'
 * materialName(spec, 'noSuchMaterial'); // 'noSuchMaterial'
 */
export function materialName(spec: ServiceItemSpec, id: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return text(spec.materials.find((m) => m.id === id)?.name, lang) || id;
}
