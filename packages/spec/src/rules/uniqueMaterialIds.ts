import type { Rule } from './Rule.js';
import { uniqueIds } from './uniqueIds.js';

/**
 * Material ids are unique (一次性告知 refers to materials by id).
 * Codes: `semantic/duplicate-material-id`.
 *
 * @example
 * uniqueMaterialIds(spec, (finding) => findings.push(finding));
 */
export const uniqueMaterialIds: Rule = (spec, report) =>
  uniqueIds('semantic/duplicate-material-id', spec.materials, (i) => `/materials/${i}`, report);
