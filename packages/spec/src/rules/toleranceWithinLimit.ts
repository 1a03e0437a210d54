import { error, type Rule } from './Rule.js';

/**
 * toleranceDays only on tolerable materials, and within the promised limit.
 * Codes: `semantic/tolerance-without-tolerable`, `semantic/tolerance-exceeds-limit`.
 *
 * @example
 * toleranceWithinLimit(spec, (finding) => findings.push(finding));
 */
export const toleranceWithinLimit: Rule = (spec, report) => {
  spec.materials.forEach((material, index) => {
    if (material.toleranceDays === undefined) return;
    const pointer = `/materials/${index}/toleranceDays`;
    if (material.tolerable !== true)
      report(error('semantic/tolerance-without-tolerable', pointer, { id: material.id }));
    if (material.toleranceDays > spec.timeLimit.promised)
      report(
        error('semantic/tolerance-exceeds-limit', pointer, {
          days: material.toleranceDays,
          promised: spec.timeLimit.promised,
        }),
      );
  });
};
