import type { ServiceItemSpec } from '@onewindow/spec';
import { allowedEvents } from './allowedEvents.js';
import { type ApplyResult, applyEvent } from './applyEvent.js';
import { type CaseClock, caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import type { EngineContext, Migration } from './engineContext.js';
import { type EngineError, EngineFailure, engineError } from './errors.js';
import { loadCase } from './loadCase.js';
import { type OpenCaseOptions, openCase } from './openCase.js';
import { type ReplayResult, replay } from './replay.js';
import type {
  Actor,
  AuditEntry,
  Case,
  CaseEvent,
  CaseEventType,
  FormErrorLike,
  RequiredMaterialsFn,
  Role,
} from './types.js';
import { type VerifyCaseResult, verifyCase } from './verifyCase.js';
import type { WorkCalendar } from './workCalendar.js';

/** What an engine is bound to: one spec, or a lookup for many; the outside services. */
export interface EngineOptions {
  /** The spec, for an engine serving one item. */
  spec?: ServiceItemSpec;
  /**
   * Finds the spec for an id and revision (a catalog; `''` asks for the newest). Used when `spec` is not
   * given or is another revision, and by `replay`/`verifyCase` for the revisions a migrated log began on.
   */
  resolveSpec?: (specId: string, revision: string) => ServiceItemSpec | undefined;
  /** Makes a form validator for a spec, e.g. `(spec) => createFormValidator(spec.form.schema)` from @onewindow/spec. */
  validator?: (spec: ServiceItemSpec) => { validate(formData: unknown): FormErrorLike[] };
  requiredMaterials?: RequiredMaterialsFn;
  calendar?: WorkCalendar;
  evaluationFollowUpDays?: number;
  /** Working days to revisit a bad rating's rater after 整改 (default 5). */
  evaluationRevisitDays?: number;
  /** 信用核查 before 容缺受理 (see `EngineContext.creditCheck`). */
  creditCheck?: EngineContext['creditCheck'];
  /** Default yellow threshold for `clock` (working days left). */
  yellowThreshold?: number;
  migrations?: readonly Migration[];
}

/** The engine's functions with the options bound. */
export interface Engine {
  openCase(options: OpenCaseOptions, spec?: ServiceItemSpec): Case;
  applyEvent(caseData: Case, event: CaseEvent): ApplyResult;
  /** Throws `EngineFailure` for a case the engine has no spec for, or that disagrees with its log or spec. */
  allowedEvents(caseData: Case, role: Role, actor?: Actor): CaseEventType[];
  /** `revision`: the revision the log ends on. */
  replay(specId: string, revision: string, events: readonly (AuditEntry | CaseEvent)[]): ReplayResult;
  /** Throws `EngineFailure` for a case the engine has no spec for, or that disagrees with its log or spec. */
  clock(caseData: Case, now: string): CaseClock;
  /** Replays a stored case and compares (`verifyCase`): for cases from storage that is not fully trusted. */
  verifyCase(caseData: Case): VerifyCaseResult;
  /** The engine context for a case (spec found and validator made), or why not. */
  contextFor(
    specId: string,
    revision: string,
  ): { ok: true; context: EngineContext } | { ok: false; error: EngineError };
}

/**
 * Binds the engine's pure functions to a spec (or a catalog lookup), a validator, a calendar and migrations,
 * so a server or an element calls `engine.applyEvent(case, event)`. Validators are made once per spec.
 *
 * @example
 * import { createFormValidator } from '@onewindow/spec';
 * const engine = createEngine({ spec, validator: (s) => createFormValidator(s.form.schema) });
 * const result = engine.applyEvent(caseData, event);
 */
export function createEngine(options: EngineOptions): Engine {
  const calendar = options.calendar ?? defaultCalendar();
  const validators = new WeakMap<ServiceItemSpec, (formData: unknown) => FormErrorLike[]>();
  const find = (specId: string, revision: string): ServiceItemSpec | undefined => {
    if (options.spec && options.spec.id === specId && options.spec.revision === revision) return options.spec;
    const exact = options.resolveSpec?.(specId, revision);
    if (exact) return exact;
    if (options.spec && options.spec.id === specId) return options.spec; // the case may migrate to it
    return options.resolveSpec?.(specId, '');
  };
  // Older revisions for replay: the catalog only (the bound spec is one revision).
  const olderRevision = (specId: string, revision: string): ServiceItemSpec | undefined =>
    options.spec && options.spec.id === specId && options.spec.revision === revision
      ? options.spec
      : options.resolveSpec?.(specId, revision);
  const contextOf = (spec: ServiceItemSpec): EngineContext => {
    let validateForm = validators.get(spec);
    if (!validateForm && options.validator) {
      const validator = options.validator(spec);
      validateForm = (formData) => validator.validate(formData);
      validators.set(spec, validateForm);
    }
    return {
      spec,
      calendar,
      ...(validateForm ? { validateForm } : {}),
      ...(options.requiredMaterials ? { requiredMaterials: options.requiredMaterials } : {}),
      ...(options.evaluationFollowUpDays !== undefined
        ? { evaluationFollowUpDays: options.evaluationFollowUpDays }
        : {}),
      ...(options.migrations ? { migrations: options.migrations } : {}),
      ...(options.evaluationRevisitDays !== undefined
        ? { evaluationRevisitDays: options.evaluationRevisitDays }
        : {}),
      ...(options.creditCheck ? { creditCheck: options.creditCheck } : {}),
      resolveSpec: olderRevision,
    };
  };
  const contextFor: Engine['contextFor'] = (specId, revision) => {
    const spec = find(specId, revision);
    return spec
      ? { ok: true, context: contextOf(spec) }
      : {
          ok: false,
          error: engineError('case/spec-mismatch', { caseSpec: `${specId}@${revision}`, spec: '—' }),
        };
  };
  return {
    openCase(openOptions, spec) {
      const chosen = spec ?? options.spec;
      if (!chosen) throw new TypeError('createEngine: openCase needs a spec');
      return openCase(chosen, openOptions);
    },
    applyEvent(caseData, event) {
      const found = contextFor(caseData.specId, caseData.specRevision);
      return found.ok ? applyEvent(caseData, event, found.context) : found;
    },
    allowedEvents(caseData, role, actor) {
      const found = contextFor(caseData.specId, caseData.specRevision);
      if (!found.ok) throw new EngineFailure(found.error);
      const { spec, migrations } = found.context;
      return allowedEvents(caseData, role, {
        spec,
        ...(actor ? { actor } : {}),
        ...(migrations ? { migrations } : {}),
      });
    },
    replay(specId, revision, events) {
      const found = contextFor(specId, revision);
      if (!found.ok) return { ok: false, index: 0, error: found.error, steps: [] };
      const { spec, ...rest } = found.context;
      return replay(spec, events, rest);
    },
    clock(caseData, now) {
      const found = contextFor(caseData.specId, caseData.specRevision);
      if (!found.ok) throw new EngineFailure(found.error);
      const { spec, migrations } = found.context;
      const loaded = loadCase(caseData, spec, { migrations, at: now });
      if (!loaded.ok) throw new EngineFailure(loaded.error);
      return caseClock(loaded.case, spec, now, calendar, { yellowThreshold: options.yellowThreshold ?? 2 });
    },
    verifyCase(caseData) {
      const found = contextFor(caseData.specId, caseData.specRevision);
      if (!found.ok) return found;
      const { spec, ...rest } = found.context;
      return verifyCase(caseData, spec, rest);
    },
    contextFor,
  };
}
