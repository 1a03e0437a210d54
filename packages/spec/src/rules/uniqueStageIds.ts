import type { Rule } from './Rule.js';
import { uniqueIds } from './uniqueIds.js';

/**
 * Stage ids are unique.
 * Codes: `semantic/duplicate-stage-id`.
 *
 * @example
 * uniqueStageIds(spec, (finding) => findings.push(finding));
 */
export const uniqueStageIds: Rule = (spec, report) =>
  uniqueIds('semantic/duplicate-stage-id', spec.flow.stages, (i) => `/flow/stages/${i}`, report);
