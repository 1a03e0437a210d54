import { engineError } from '../errors.js';
import { formField } from '../formFields.js';
import type { RequestCorrectionEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/**
 * 一次性告知补正: every problem at once (行政许可法 第三十二条第一款第四项); a second request before the
 * applicant resubmits is refused (the state `correcting` does not take it).
 */
export const requestCorrection: EventDefinition<RequestCorrectionEvent> = {
  roles: ['window'],
  label: { 'zh-CN': '一次性告知补正', en: 'Request correction' },
  check(spec, _context, event) {
    if (!Array.isArray(event.items) || event.items.length === 0) return engineError('correction/empty');
    const seen = new Set<string>();
    for (const item of event.items as unknown[]) {
      if (typeof item !== 'object' || item === null) return engineError('event/invalid', { detail: 'items' });
      const target =
        'materialId' in item && typeof item.materialId === 'string'
          ? `material:${item.materialId}`
          : 'field' in item && typeof item.field === 'string'
            ? `field:${item.field}`
            : undefined;
      if (!target) return engineError('event/invalid', { detail: 'items[].materialId | items[].field' });
      const name = target.slice(target.indexOf(':') + 1);
      const exists = target.startsWith('material:')
        ? spec.materials.some((m) => m.id === name)
        : formField(spec, name) !== undefined;
      if (!exists) return engineError('correction/unknown-target', { target: name });
      if (seen.has(target)) return engineError('correction/duplicate', { target: name });
      seen.add(target);
      if (!('reason' in item) || blank(item.reason)) {
        return engineError('reason/required', { type: `REQUEST_CORRECTION（${name}）` });
      }
    }
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    correction: { items: event.items.map((item) => ({ ...item })), at: event.at },
    corrections: context.corrections + 1,
  }),
};
