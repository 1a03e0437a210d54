import type { Finding } from './Finding.js';
import { atMostOneVisit } from './rules/atMostOneVisit.js';
import { boundedConditions } from './rules/boundedConditions.js';
import { conditionsReferenceFormFields } from './rules/conditionsReferenceFormFields.js';
import { decisionStageCounted } from './rules/decisionStageCounted.js';
import { deliveryMatchesChannels } from './rules/deliveryMatchesChannels.js';
import { escalationMatchesMode } from './rules/escalationMatchesMode.js';
import { fastFormPatterns } from './rules/fastFormPatterns.js';
import { instantIsDecidedAtTheWindow } from './rules/instantIsDecidedAtTheWindow.js';
import { instantToleranceFinishes } from './rules/instantToleranceFinishes.js';
import { noGeneratorDirectives } from './rules/noGeneratorDirectives.js';
import { oneDecisionStageLast } from './rules/oneDecisionStageLast.js';
import { promisedWithinLegal } from './rules/promisedWithinLegal.js';
import type { Rule } from './rules/Rule.js';
import { stagesFitTheLimit } from './rules/stagesFitTheLimit.js';
import { stepsCoverFormFields } from './rules/stepsCoverFormFields.js';
import { toleranceWithinLimit } from './rules/toleranceWithinLimit.js';
import { uiSchemaReferencesFormFields } from './rules/uiSchemaReferencesFormFields.js';
import { uniqueMaterialIds } from './rules/uniqueMaterialIds.js';
import { uniqueStageIds } from './rules/uniqueStageIds.js';
import { uniqueStepIds } from './rules/uniqueStepIds.js';
import { usableFormSchema } from './rules/usableFormSchema.js';
import type { ServiceItemSpec } from './serviceItem.generated.js';

export { DELIVERY_METHODS } from './rules/deliveryMatchesChannels.js';

/** The semantic rules, in the order their findings are reported. */
const RULES: readonly Rule[] = [
  uniqueMaterialIds,
  uniqueStageIds,
  uniqueStepIds,
  usableFormSchema,
  fastFormPatterns,
  noGeneratorDirectives,
  conditionsReferenceFormFields,
  boundedConditions,
  uiSchemaReferencesFormFields,
  stepsCoverFormFields,
  escalationMatchesMode,
  instantIsDecidedAtTheWindow,
  promisedWithinLegal,
  stagesFitTheLimit,
  oneDecisionStageLast,
  decisionStageCounted,
  toleranceWithinLimit,
  instantToleranceFinishes,
  deliveryMatchesChannels,
  atMostOneVisit,
];

/**
 * Checks the rules a JSON Schema cannot express. Expects a spec that already passed the schema.
 *
 * @example
 * semanticFindings(spec).map((finding) => finding.code); // e.g. ['semantic/duplicate-material-id']
 */
export function semanticFindings(spec: ServiceItemSpec): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) rule(spec, (finding) => findings.push(finding));
  return findings;
}
