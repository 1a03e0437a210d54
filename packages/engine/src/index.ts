/**
 * @onewindow/engine — each service item's flow as an xstate v5 machine, run purely on plain-JSON cases.
 * Full reference: docs/engine.md. The main signatures:
 *
 * - `openCase(spec, { id, at, actor }) → Case` (state `draft`, log starts with an `OPEN` record)
 * - `applyEvent(case, event, { spec, validateForm?, requiredMaterials?, calendar?, evaluationFollowUpDays?, migrations? })
 *    → { ok: true, case } | { ok: false, error: { code, message, messageEn, details? } }`
 * - `allowedEvents(case, role, { spec, actor? }) → CaseEventType[]`
 * - `replay(spec, events, options?, open?) → { ok, case, steps } | { ok: false, index, error, steps }`
 * - `loadCase(case, spec, { migrations?, at? })`, `verifyCase(case, spec, options?)`, `checkCaseSpec(case, spec)`
 * - `caseClock(case, spec, now, calendar?, { yellowThreshold? }) → CaseClock`
 * - `dueEvents(cases, now, { specs, calendar?, yellowThreshold?, actor? }) → DueEvent[]`;
 *   `dueEventsReport(…) → { due, undated, warnings }` also names the cases the calendar cannot date
 * - `caseStatistics(cases, specs, now, { calendar? }) → CaseStatistics` (with `undated`)
 * - `correctionNotice | acceptanceNotice | rejectionNotice | toleranceNotice (case, spec, …) → data | null`
 * - `toMermaid(spec, { lang?, notes? }) → string`; `flowPaths(spec, { kind?, maxDepth?, formData?, coreOnly? }) → FlowPath[]`
 * - `createCaseMachine(spec)`, `flowModel(spec)`, `caseSteps(spec)`; `createEngine(options)` binds it all.
 * - Calendars: `chineseHolidayCalendar(options?)`, `createWorkCalendar(data)`, `defaultCalendar()`;
 *   `holidayYearFromJson(text)` reads a year of the State Council's schedule, `calendarWarnings(calendar, now)`.
 *
 * @packageDocumentation
 */
export { type AllowedEventsContext, allowedEvents } from './allowedEvents.js';
export { type ApplyResult, applyEvent, checkEnvelope } from './applyEvent.js';
export { calendarDateOf, dateOfDayNumber, dayNumber } from './calendarDate.js';
export { calendarWarnings } from './calendarWarnings.js';
export {
  type CaseClock,
  type CaseClockOptions,
  caseClock,
  type LevelClock,
  type Light,
  type PendingClock,
  type ProcedureClock,
  type StepTime,
} from './caseClock.js';
export { caseState, stateIdOf } from './caseState.js';
export {
  type CaseStatistics,
  type CaseStatisticsOptions,
  caseStatistics,
} from './caseStatistics.js';
export { type CaseStep, caseSteps } from './caseSteps.js';
export { checkCaseLog } from './checkCaseLog.js';
export { checkCaseSpec, pinnedSpecHash } from './checkCaseSpec.js';
export { checkEvent, type EventFacts, type MachineEvent } from './checkEvent.js';
export {
  type ChineseHolidayCalendarOptions,
  chineseHolidayCalendar,
  defaultCalendar,
} from './chineseHolidayCalendar.js';
export { type AnyCaseMachine, type CaseMachine, createCaseMachine } from './createCaseMachine.js';
export { createEngine, type Engine, type EngineOptions } from './createEngine.js';
export { type DayCounter, type DayUnit, dayCounter } from './dayCounter.js';
export {
  followUpDueDate,
  toleranceDays,
  toleranceDueDate,
  toleratedDueDates,
  unlessNoCalendarData,
} from './dueDates.js';
export {
  type DueEvent,
  type DueEventsOptions,
  type DueEventsReport,
  dueEvents,
  dueEventsReport,
  type UndatedCase,
} from './dueEvents.js';
export type { CreditCheckInput, CreditCheckResult, EngineContext, Migration } from './engineContext.js';
export { type EngineError, type EngineErrorCode, EngineFailure, engineError } from './errors.js';
export { EVENT_LABELS } from './eventLabels.js';
export { availableRatings } from './events/evaluate.js';
export {
  AFTER_DECISION_STATES,
  END_STATES,
  type FlowModel,
  type FlowState,
  type FlowTransition,
  flowModel,
  STATE_LABELS,
} from './flowModel.js';
export {
  type FlowPath,
  type FlowPathStep,
  type FlowPathsOptions,
  flowPathEvents,
  flowPaths,
} from './flowPaths.js';
export { formField } from './formFields.js';
export {
  type HolidayYear,
  type HolidayYearProblem,
  type HolidayYearResult,
  holidayYearFromJson,
} from './holidayYear.js';
export { isBadRating } from './isBadRating.js';
export { type LoadCaseOptions, type LoadCaseResult, loadCase } from './loadCase.js';
export { materialName } from './materialName.js';
export {
  type AcceptanceNotice,
  acceptanceNotice,
  type CorrectionNotice,
  correctionNotice,
  type DecisionNotice,
  decisionNotice,
  type ExtensionNotice,
  extensionNotice,
  type NoticeHeader,
  type RejectionNotice,
  type Remedies,
  rejectionNotice,
  remedies,
  type SpecialProcedureNotice,
  specialProcedureNotice,
  type ToleranceNotice,
  toleranceNotice,
} from './notices.js';
export { type OpenCaseOptions, openCase } from './openCase.js';
export { type OutcomeLabels, outcomeLabels } from './outcomeLabels.js';
export { initialContext, reduceContext } from './reduceContext.js';
export { type ReplayResult, replay } from './replay.js';
export { resolveSpecFor, type SpecSource } from './resolveSpecFor.js';
export { EVENT_ROLES, EVENT_TYPES, ROLE_LABELS, ROLES, roleMaySend } from './roles.js';
export { SCORE_LABELS } from './scoreLabels.js';
export { specHash } from './specHash.js';
export { type DeclaredProcedure, declaredProcedure } from './specialProcedures.js';
export { SUSPENSION_KINDS } from './suspensionKinds.js';
export { type ToMermaidOptions, toMermaid } from './toMermaid.js';
export type {
  AcceptEvent,
  Actor,
  ArchiveEvent,
  AuditEntry,
  Case,
  CaseContext,
  CaseEvent,
  CaseEventType,
  CloseFollowUpEvent,
  CompleteStageEvent,
  CorrectionItem,
  DecideEvent,
  DeemAcceptEvent,
  DeliverEvent,
  DeliveryMethod,
  EscalateEvent,
  EvaluateEvent,
  ExtendEvent,
  FollowUp,
  FormErrorLike,
  IssueEvent,
  LapseEvent,
  MigrateRecord,
  NoticeKind,
  NotifyEvent,
  OpenRecord,
  Rating,
  RatingChannel,
  ReceiptChannel,
  RejectEvent,
  RequestCorrectionEvent,
  RequiredMaterialsFn,
  ResubmitEvent,
  ResumeEvent,
  ReturnEvent,
  RevisitEvent,
  Role,
  ServiceContact,
  SubmitEvent,
  SupplyEvent,
  SuspendEvent,
  SuspensionKind,
  TerminateEvent,
  ToleranceCommitment,
  ToleratedMaterial,
  WithdrawEvent,
} from './types.js';
export { type VerifyCaseResult, verifyCase } from './verifyCase.js';
export {
  checkDayCount,
  createWorkCalendar,
  type WorkCalendar,
  type WorkCalendarData,
} from './workCalendar.js';
