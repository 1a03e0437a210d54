import type { ServiceItemSpec } from '@onewindow/spec';
import type { Case, FormErrorLike, RequiredMaterialsFn } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** Moves a case from one spec revision to the next (registered by the host). */
export interface Migration {
  specId: string;
  from: string;
  to: string;
  /** What changed, written to the `MIGRATE` entry of the audit log. */
  note?: string;
  /**
   * Returns the case as it should be on revision `to` (snapshot and context adjusted, the log left alone);
   * `specRevision`, `migratedFrom` and the `MIGRATE` log entry are added for you. Pure: `replay` runs it again.
   */
  migrate(caseData: Case): Case;
}

/**
 * What `applyEvent` needs besides the case and the event. Everything outside the engine is passed in, so
 * the same code runs in Node and in a browser page under a strict Content-Security-Policy.
 */
export interface EngineContext {
  /** The spec (the revision the case runs on, or a newer one with a registered migration). */
  spec: ServiceItemSpec;
  /** Form validation (e.g. `createFormValidator(spec.form.schema).validate` from @onewindow/spec). Without it, SUBMIT checks materials only. */
  validateForm?: (formData: unknown) => FormErrorLike[];
  /** The materials required for some form data; default: `requiredMaterials` from @onewindow/spec. */
  requiredMaterials?: RequiredMaterialsFn;
  /** Working-day calendar; default: `chineseHolidayCalendar()`. */
  calendar?: WorkCalendar;
  /** Working days to resolve a bad rating (整改); default 15. */
  evaluationFollowUpDays?: number;
  /** Registered revision migrations. */
  migrations?: readonly Migration[];
  /**
   * Older revisions of the spec, for `replay` and `verifyCase` of a log that began on one (a migrated case):
   * the spec of `specId` at `revision`, or undefined.
   */
  resolveSpec?: (specId: string, revision: string) => ServiceItemSpec | undefined;
}
