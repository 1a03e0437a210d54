import type { IssueEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 出件: the window issues the result (综合窗口出件). */
export const issue: EventDefinition<IssueEvent> = {
  roles: ['window'],
  label: { 'zh-CN': '出件', en: 'Issue' },
  reduce: (context, event) => ({ ...context, certificateNo: event.certificateNo ?? null }),
};
