import type { StateValue } from 'xstate';
import type { Case } from './types.js';

/**
 * The dotted state id of an xstate state value: `{ accepted: 'review' }` → `accepted.review`.
 *
 * @example
 * stateIdOf({ accepted: 'review' }) // 'accepted.review'
 */
export function stateIdOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return child === undefined ? key : `${key}.${stateIdOf(child as StateValue)}`;
}

/**
 * A case's current state id (`draft`, `accepted.review`, `archived` …).
 *
 * @example
 * caseState(caseData) // 'accepted.review'
 */
export function caseState(caseData: Case): string {
  return caseData.snapshot.value;
}
