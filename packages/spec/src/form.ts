// @onewindow/spec/form — the browser-safe part of the package: form validation, conditions, messages.
// Nothing here imports ajv (which generates code with new Function) or the spec schema.
export { conditionFields } from './conditionFields.js';
export { ALLOWED_CONDITION_OPERATIONS } from './conditionOperations.js';
export { createFormValidator } from './createFormValidator.js';
export type { Lang } from './Diagnostic.js';
export { evaluateCondition, type JsonLogic } from './evaluateCondition.js';
export type { AjvLikeError, AjvStandaloneFunction, FormError, FormValidator } from './FormValidator.js';
export { formErrorMessage } from './formErrorMessage.js';
export { formFormats } from './formFormats.js';
export { fromAjvStandalone } from './fromAjvStandalone.js';
export { isChineseIdCardNumber } from './isChineseIdCardNumber.js';
export { isMainlandMobile } from './isMainlandMobile.js';
export { localize } from './localize.js';
export { requiredMaterials } from './requiredMaterials.js';
export { SpecError } from './SpecError.js';
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
/** The ServiceItem schema without titles and descriptions: for checking fetched specs in a browser. */
export { default as serviceItemValidationSchema } from './serviceItemValidationSchema.generated.json' with {
  type: 'json',
};
