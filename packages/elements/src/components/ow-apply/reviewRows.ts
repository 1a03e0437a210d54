import type { Lang } from '../../i18n/lang.js';

/** One line of the review page: a field's label (with its parents') and the value as text. */
export interface ReviewRow {
  /** JSON pointer of the value, e.g. `/applicant/name`. */
  pointer: string;
  label: string;
  value: string;
}

interface SchemaLike {
  type?: string | string[];
  title?: string;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  enum?: unknown[];
  enumNames?: string[];
  oneOf?: { const?: unknown; title?: string }[];
}

const words = {
  'zh-CN': { yes: '是', no: '否', empty: '未填写', separator: '、', item: (n: number) => `第 ${n} 项` },
  en: { yes: 'Yes', no: 'No', empty: 'Not given', separator: ', ', item: (n: number) => `Item ${n}` },
} satisfies Record<Lang, unknown>;

function valueText(schema: SchemaLike | undefined, value: unknown, lang: Lang): string {
  const w = words[lang];
  if (value === undefined || value === null || value === '') return w.empty;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  const enumIndex = schema?.enum?.indexOf(value) ?? -1;
  if (enumIndex >= 0 && schema?.enumNames?.[enumIndex]) return schema.enumNames[enumIndex];
  const option = schema?.oneOf?.find((o) => o.const === value);
  if (option?.title) return option.title;
  if (Array.isArray(value)) return value.map((v) => valueText(schema?.items, v, lang)).join(w.separator);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Flattens the form data of some top-level fields into labelled rows for the review page,
 * following the schema's titles (nested objects give `申请人 · 姓名`).
 *
 * @example
 * reviewRows(schema, { applicant: { name: '张三' } }, ['applicant'], 'zh-CN');
 * // [{ pointer: '/applicant/name', label: '申请人 · 姓名', value: '张三' }, …]
 */
export function reviewRows(
  schema: unknown,
  data: unknown,
  fields: readonly string[],
  lang: Lang,
): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const visit = (
    s: SchemaLike | undefined,
    value: unknown,
    pointer: string,
    labels: string[],
    name: string,
  ) => {
    const label = [...labels, s?.title ?? name];
    if (s?.properties && (value === undefined || (typeof value === 'object' && !Array.isArray(value)))) {
      const object = (value ?? {}) as Record<string, unknown>;
      for (const [key, child] of Object.entries(s.properties)) {
        visit(child, object[key], `${pointer}/${key}`, label, key);
      }
      return;
    }
    if (s?.items?.properties && Array.isArray(value) && value.length > 0) {
      // A list of people or things: one group of rows per item (第 1 项 · 姓名 …).
      value.forEach((item, index) => {
        const items = s.items as SchemaLike;
        visit({ ...items, title: words[lang].item(index + 1) }, item, `${pointer}/${index}`, label, '');
      });
      return;
    }
    rows.push({ pointer, label: label.join(' · '), value: valueText(s, value, lang) });
  };
  const root = schema as SchemaLike;
  const object = (data ?? {}) as Record<string, unknown>;
  for (const field of fields) visit(root.properties?.[field], object[field], `/${field}`, [], field);
  return rows;
}
