import { type CorrectionItem, materialName } from '@onewindow/engine';
import type { ServiceItemSpec } from '@onewindow/spec';
import type { Lang } from '../../i18n/lang.js';
import { reviewRows } from '../ow-apply/reviewRows.js';

/**
 * What a correction item names, for people: the material's name, or the form field's title path.
 *
 * @example
 * correctionItemLabel({ field: '/applicant/name', reason: '…' }, spec, 'zh-CN'); // '申请人 · 姓名'
 */
export function correctionItemLabel(item: CorrectionItem, spec: ServiceItemSpec, lang: Lang): string {
  if ('materialId' in item) return materialName(spec, item.materialId, lang);
  const pointer = item.field.startsWith('/') ? item.field : `/${item.field}`;
  const top = pointer.split('/')[1] ?? '';
  const row = reviewRows(spec.form.schema, {}, [top], lang).find((r) => r.pointer === pointer);
  if (row) return row.label;
  const schema = spec.form.schema as { properties?: Record<string, { title?: string }> };
  return schema.properties?.[top]?.title ?? item.field;
}
