// The applicant-side script bundle (dist-bundle/onewindow-apply.min.js): the elements a portal
// needs to show an item's guide and take an application — ow-guide, ow-form, ow-materials and
// ow-apply — without the staff workbench and its flow engine (xstate, holiday calendar), so a
// portal's application page loads about half of the full bundle.
export { fromAjvStandalone } from '@onewindow/spec';
export { type FetchedSpec, fetchSpec, SpecLoadError } from './base/fetchSpec.js';
export { safeHref } from './base/safeHref.js';
export { type ApplyDraft, applyDraftKey } from './components/ow-apply/applyDraft.js';
export { OwApply } from './components/ow-apply/ow-apply.js';
export { OwForm } from './components/ow-form/ow-form.js';
export { OwGuide } from './components/ow-guide/ow-guide.js';
export { missingMaterials, neededMaterials } from './components/ow-materials/neededMaterials.js';
export { OwMaterials } from './components/ow-materials/ow-materials.js';
export { pickRenderer, registerRenderer, rendererRegistry } from './form/rendererRegistry.js';
export { rankWith } from './form/testers.js';
