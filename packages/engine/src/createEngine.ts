import type { ServiceItemSpec } from '@onewindow/spec';
import { allowedEvents } from './allowedEvents.js';
import { type ApplyResult, applyEvent } from './applyEvent.js';
import { type CaseClock, caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import type { EngineContext, Migration } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
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
import type { WorkCalendar } from './workCalendar.js';

/** What an engine is bound to: one spec, or a lookup for many; the outside services. */
export interface EngineOptions {
  /** The spec, for an engine serving one item. */
  spec?: ServiceItemSpec;
  /** Finds the spec for an id and revision (a catalog); used when `spec` is not given. */
  resolveSpec?: (specId: string, revision: string) => ServiceItemSpec | undefined;
  /** Makes a form validator for a spec, e.g. `(spec) => createFormValidator(spec.form.schema)` from @onewindow/spec. */
  validator?: (spec: ServiceItemSpec) => { validate(formData: unknown): FormErrorLike[] };
  requiredMaterials?: RequiredMaterialsFn;
  calendar?: WorkCalendar;
  evaluationFollowUpDays?: number;
  /** Default yellow threshold for `clock` (working days left). */
  yellowThreshold?: number;
  migrations?: Migration[];
}

/** The engine's functions with the options bound. */
export interface Engine {
  openCase(options: OpenCaseOptions, spec?: ServiceItemSpec): Case;
  applyEvent(caseData: Case, event: CaseEvent): ApplyResult;
  allowedEvents(caseData: Case, role: Role, actor?: Actor): CaseEventType[];
  replay(specId: string, revision: string, events: readonly (AuditEntry | CaseEvent)[]): ReplayResult;
  clock(caseData: Case, now: string): CaseClock;
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
    if (options.spec && options.spec.id === specId) return options.spec;
    return options.resolveSpec?.(specId, revision) ?? options.resolveSpec?.(specId, '');
  };
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
      const spec = find(caseData.specId, caseData.specRevision);
      return spec ? allowedEvents(caseData, role, { spec, ...(actor ? { actor } : {}) }) : [];
    },
    replay(specId, revision, events) {
      const found = contextFor(specId, revision);
      if (!found.ok) return { ok: false, index: 0, error: found.error, steps: [] };
      const { spec, ...rest } = found.context;
      return replay(spec, events, rest);
    },
    clock(caseData, now) {
      const spec = find(caseData.specId, caseData.specRevision);
      if (!spec) throw new TypeError(`createEngine: no spec for ${caseData.specId}@${caseData.specRevision}`);
      return caseClock(caseData, spec, now, calendar, { yellowThreshold: options.yellowThreshold ?? 2 });
    },
    contextFor,
  };
}
