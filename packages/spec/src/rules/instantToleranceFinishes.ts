import { error, type Rule } from './Rule.js';

/**
 * An instant item (即办件, decided at the window on the spot) with a tolerable material (容缺) must say how it
 * is finished: `flow.supplyAfterDecision: true` (先办后补). Otherwise the approval would wait for a material
 * that may follow days later, and the item could never be decided on the spot.
 * Codes: `semantic/instant-tolerance-unfinished`.
 *
 * @example
 * instantToleranceFinishes(spec, (finding) => findings.push(finding));
 */
export const instantToleranceFinishes: Rule = (spec, report) => {
  if (spec.mode !== 'instant' || spec.flow?.supplyAfterDecision === true) return;
  spec.materials.forEach((material, index) => {
    if (material.tolerable === true)
      report(
        error('semantic/instant-tolerance-unfinished', `/materials/${index}/tolerable`, { id: material.id }),
      );
  });
};
