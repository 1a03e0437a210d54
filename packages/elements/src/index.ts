// The engine calls a script-tag page needs to run a case in the browser (demos, `<ow-case mode="local">`).
export {
  type Actor,
  allowedEvents,
  applyEvent,
  type Case,
  type CaseEvent,
  caseClock,
  chineseHolidayCalendar,
  createWorkCalendar,
  isBadRating,
  openCase,
  type Role,
  type WorkCalendar,
} from '@onewindow/engine';
export { fromAjvStandalone } from '@onewindow/spec';
export { type FetchedSpec, fetchSpec, SpecLoadError } from './base/fetchSpec.js';
export { OwElement } from './base/OwElement.js';
export { safeHref } from './base/safeHref.js';
export { type ApplyDraft, applyDraftKey } from './components/ow-apply/applyDraft.js';
export { OwApply } from './components/ow-apply/ow-apply.js';
export { caseStateLabel } from './components/ow-case/caseStateLabel.js';
export { OwCase, type OwCaseEngineOptions } from './components/ow-case/ow-case.js';
export {
  type EvaluationScore,
  evaluationScores,
  OwEvaluation,
} from './components/ow-evaluation/ow-evaluation.js';
export {
  OwForm,
  type OwFormChangeDetail,
  type OwFormSubmitDetail,
} from './components/ow-form/ow-form.js';
export { OwGuide } from './components/ow-guide/ow-guide.js';
export { missingMaterials, neededMaterials } from './components/ow-materials/neededMaterials.js';
export {
  type ELicenseContext,
  type ELicenseProvider,
  materialStatusLabels,
  OwMaterials,
  type UploadHook,
} from './components/ow-materials/ow-materials.js';
export { OwTimeline } from './components/ow-timeline/ow-timeline.js';
export { type OwActionDetail, OwActionEvent } from './events/OwActionEvent.js';
export { type OwCaseChangeDetail, OwCaseChangeEvent } from './events/OwCaseChangeEvent.js';
export { type OwEvaluateDetail, OwEvaluateEvent } from './events/OwEvaluateEvent.js';
export {
  type ELicenseRecord,
  type MaterialEntry,
  type MaterialStatus,
  type MaterialsValue,
  type OwMaterialsChangeDetail,
  OwMaterialsChangeEvent,
  type UploadedFile,
} from './events/OwMaterialsChangeEvent.js';
export { type OwSpecErrorDetail, OwSpecErrorEvent } from './events/OwSpecErrorEvent.js';
export { type OwSubmitDetail, OwSubmitEvent } from './events/OwSubmitEvent.js';
export { controlAria, fieldTemplate } from './form/fieldTemplate.js';
export { OwFormField } from './form/OwFormField.js';
export { pickRenderer, registerRenderer, rendererRegistry } from './form/rendererRegistry.js';
export { isEnumSchema, rankWith, schemaType, widgetOf } from './form/testers.js';
export type {
  ChildField,
  FieldFacts,
  FieldHost,
  FieldRenderProps,
  JsonSchema,
  RendererEntry,
  RendererTester,
  UiSchema,
} from './form/types.js';
export { type Lang, normalizeLang } from './i18n/lang.js';
