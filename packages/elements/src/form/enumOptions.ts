import type { Lang } from '../i18n/lang.js';
import { formText } from './formText.js';
import { schemaType } from './testers.js';
import type { JsonSchema, UiSchema } from './types.js';
import { uiOption } from './uiOption.js';

/** One choice of an enum field. */
export interface EnumOption {
  value: unknown;
  label: string;
}

/**
 * The choices of an enum-like field with their labels: `oneOf`/`anyOf` `const` + `title`,
 * or `enum` (labelled by `ui:enumNames` or the value itself); booleans become 是/否.
 *
 * @example
 * enumOptions({ oneOf: [{ const: 'm', title: '男' }] }, {}, 'zh-CN'); // → [{ value: 'm', label: '男' }]
 */
export function enumOptions(schema: JsonSchema, uiSchema: UiSchema, lang: Lang): EnumOption[] {
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches) && branches.every((b) => b && 'const' in b))
    return branches.map((b) => ({ value: b.const, label: b.title ?? String(b.const) }));
  if (Array.isArray(schema.enum)) {
    const names = uiOption(uiSchema, 'enumNames') ?? schema.enumNames;
    return schema.enum.map((value, i) => ({
      value,
      label: Array.isArray(names) && typeof names[i] === 'string' ? names[i] : String(value),
    }));
  }
  if (schemaType(schema) === 'boolean') {
    const text = formText(lang);
    return [
      { value: true, label: text.yes },
      { value: false, label: text.no },
    ];
  }
  return [];
}
