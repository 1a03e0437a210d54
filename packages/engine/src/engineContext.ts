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
/** What a host's credit check (信用核查) sees before a 容缺 acceptance. */
export interface CreditCheckInput {
  spec: ServiceItemSpec;
  caseData: Case;
  /** The applicant's id (as recorded at SUBMIT). */
  applicantId: string | null;
  /** The tolerated materials that would be owed. */
  materialIds: string[];
}

/** A credit check's verdict: refused applicants (e.g. 失信被执行人) are not given 容缺受理. */
export type CreditCheckResult = { ok: true } | { ok: false; reason: string };

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
  /**
   * 信用核查 before 容缺受理 (a host's 信用承诺 / 容缺受理 rules): called when an ACCEPT would leave tolerated
   * materials owed; a refusal refuses the ACCEPT (`tolerance/credit-refused`, with the host's reason). It must be
   * deterministic for a given case (replay calls it again), e.g. answer from a recorded check.
   */
  creditCheck?: (input: CreditCheckInput) => CreditCheckResult;
  /** Working days to revisit the rater after 整改 (回访); default 5. */
  evaluationRevisitDays?: number;
  /** Registered revision migrations. */
  migrations?: readonly Migration[];
  /**
   * Older revisions of the spec, for `replay` and `verifyCase` of a log that began on one (a migrated case):
   * the spec of `specId` at `revision`, or undefined.
   */
  resolveSpec?: (specId: string, revision: string) => ServiceItemSpec | undefined;
}
