export { default as serviceItemSchema } from '../service-item.schema.json' with { type: 'json' };
export { type ClockLevel, clockLevels } from './clockLevels.js';
export { conditionFields } from './conditionFields.js';
export { ALLOWED_CONDITION_OPERATIONS } from './conditionOperations.js';
export { createFormValidator } from './createFormValidator.js';
export type { Diagnostic, Lang, SpecValidationResult } from './Diagnostic.js';
export { evaluateCondition, type JsonLogic } from './evaluateCondition.js';
export type { AjvLikeError, AjvStandaloneFunction, FormError, FormValidator } from './FormValidator.js';
export { formErrorMessage } from './formErrorMessage.js';
export { formFormats } from './formFormats.js';
export { fromAjvStandalone } from './fromAjvStandalone.js';
export { isChineseIdCardNumber } from './isChineseIdCardNumber.js';
export { isMainlandMobile } from './isMainlandMobile.js';
export { type CatalogEntry, lintCatalog } from './lintCatalog.js';
export { localize } from './localize.js';
export { requiredMaterials } from './requiredMaterials.js';
export { isGeneratorDirective } from './rules/noGeneratorDirectives.js';
export { SpecError } from './SpecError.js';
export { DELIVERY_METHODS } from './semanticFindings.js';
export type {
  Escalation,
  FormStep,
  LocalizedText,
  Material,
  Output,
  ServiceItemSpec,
  SpecialProcedure,
  Stage,
  SuspensionKind,
} from './serviceItem.generated.js';
export { default as serviceItemValidationSchema } from './serviceItemValidationSchema.generated.json' with {
  type: 'json',
};
export { SPEC_DIAGNOSTIC_MESSAGES, specDiagnosticMessage } from './specDiagnosticMessages.js';
export { SPEC_LIMITS } from './specLimits.js';
export { validateSpec } from './validateSpec.js';
