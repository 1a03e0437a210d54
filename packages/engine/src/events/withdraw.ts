import type { WithdrawEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 撤回: the applicant withdraws before the decision. */
export const withdraw: EventDefinition<WithdrawEvent> = {
  roles: ['applicant', 'agent'],
  label: { 'zh-CN': '撤回', en: 'Withdraw' },
};
