import { engineError } from '../errors.js';
import type { DeliverEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 送达: by one of the methods the item's outputs offer. */
export const deliver: EventDefinition<DeliverEvent> = {
  roles: ['window', 'system'],
  label: { 'zh-CN': '送达', en: 'Deliver' },
  check(spec, _context, event) {
    const offered = new Set(spec.outputs.flatMap((o) => o.delivery));
    if (typeof event.method !== 'string' || !offered.has(event.method)) {
      return engineError('deliver/method', { method: String(event.method) });
    }
    return null;
  },
  reduce: (context, event) => ({ ...context, delivery: event.method }),
};
