import type { ServiceItemSpec } from '@onewindow/spec';
import type { Case } from './types.js';

/** Specs given as a list (matched on id and revision) or as a lookup function. */
export type SpecSource = readonly ServiceItemSpec[] | ((caseData: Case) => ServiceItemSpec | undefined);

/**
 * A lookup from a case to the spec revision it runs on.
 *
 * @example
 * const specFor = resolveSpecFor([dibaoSpec]);
 * specFor(caseData) // dibaoSpec when the id and revision match
 */
export function resolveSpecFor(specs: SpecSource): (caseData: Case) => ServiceItemSpec | undefined {
  if (typeof specs === 'function') return specs;
  const byKey = new Map(specs.map((s) => [`${s.id}@${s.revision}`, s]));
  return (c) => byKey.get(`${c.specId}@${c.specRevision}`);
}
