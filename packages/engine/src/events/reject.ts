import { engineError } from '../errors.js';
import type { RejectEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 不予受理: with a reason (行政许可法 第三十二条第一款第一、二项). */
export const reject: EventDefinition<RejectEvent> = {
  roles: ['window'],
  label: { 'zh-CN': '不予受理', en: 'Reject' },
  check: (_spec, _context, event) =>
    blank(event.reason) ? engineError('reason/required', { type: 'REJECT' }) : null,
};
