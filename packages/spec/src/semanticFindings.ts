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
import { knownFormats } from './rules/knownFormats.js';
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
import { findingsLeftOut, SPEC_LIMITS } from './specLimits.js';

export { DELIVERY_METHODS } from './rules/deliveryMatchesChannels.js';

/** Thrown from `report` to stop a rule that has reported as many findings as will be listed. */
class RuleStopped {
  constructor(readonly severity: Finding['severity']) {}
}

/** The semantic rules, in the order their findings are reported. */
const RULES: readonly Rule[] = [
  uniqueMaterialIds,
  uniqueStageIds,
  uniqueStepIds,
  usableFormSchema,
  knownFormats,
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
  for (const rule of RULES) {
    let reported = 0;
    try {
      rule(spec, (finding) => {
        // Past what validateSpec lists, a rule is stopped (its findings may each cost a did-you-mean search).
        if (reported === SPEC_LIMITS.maxDiagnostics) throw new RuleStopped(finding.severity);
        reported++;
        findings.push(finding);
      });
    } catch (cause) {
      if (cause instanceof RuleStopped) findings.push(findingsLeftOut(1, cause.severity, true));
      else {
        // validateSpec never throws: a rule that fails is a bug, reported as such, and the others still run.
        const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
        findings.push({
          code: 'spec/internal-error',
          severity: 'error',
          pointer: '',
          params: { check: rule.name, detail },
        });
      }
    }
  }
  return findings;
}
