import type { ServiceItemSpec } from '@onewindow/spec';
import type { ApplyResult } from './applyEvent.js';
import { checkEvent } from './checkEvent.js';
import { appendMigrateEntry, type MigrateEntryFields } from './migrateCase.js';
import type { AuditEntry, Case, CaseContext, SuspendEvent } from './types.js';

/**
 * Cases stored by engine 0.1 may hold 延长审批 as a suspension (`SUSPEND { kind: 'extension' }`), which
 * stopped the clock with no end and blocked the decision. Since 0.2 an extension is `EXTEND` (行政许可法
 * 第四十二条: bounded days, work and the clock go on), and `caseClock` counts a legacy entry as an extension
 * of the item's `timeLimit.extension.days`. This module keeps those cases working: an open legacy
 * suspension is closed when the case is loaded (with a `MIGRATE` entry), and `replay` accepts the legacy
 * entries as they were written.
 */
const LEGACY_KIND = 'extension';

/** Whether a case is held by an open legacy 延长审批 suspension. */
export function hasOpenLegacyExtension(caseData: Case): boolean {
  return (caseData.snapshot.context.suspension?.kind as string | undefined) === LEGACY_KIND;
}

/** Whether a log entry is a legacy `SUSPEND { kind: 'extension' }`. */
export function isLegacyExtensionEntry(entry: AuditEntry): entry is AuditEntry & SuspendEvent {
  return entry.type === 'SUSPEND' && (entry.kind as string) === LEGACY_KIND;
}

/** The days a legacy extension counts for: the item's allowed extension (as `caseClock` counts it). */
const legacyDays = (spec: ServiceItemSpec): number => spec.timeLimit.extension?.days ?? 0;

/**
 * The note of the `MIGRATE` entry that closes a legacy extension, in zh-CN and English.
 *
 * @example
 * legacyExtensionNote(spec) // '延长审批自 0.2 起不再是挂起，按延长 10 个工作日计（延长审批 is not a suspension since 0.2; counted as an extension of 10 days）'
 */
export function legacyExtensionNote(spec: ServiceItemSpec): string {
  const days = legacyDays(spec);
  const unit = spec.timeLimit.unit === 'naturalDays' ? '日' : '个工作日';
  return `延长审批自 0.2 起不再是挂起，按延长 ${days} ${unit}计（延长审批 is not a suspension since 0.2; counted as an extension of ${days} days）`;
}

/**
 * Closes an open legacy 延长审批 suspension: the case is no longer suspended, the extension is counted in
 * `context.extensions` (so `EXTEND`'s `times` sees it), and a `MIGRATE` entry with `upgrade:
 * 'legacyExtension'` records it. The legacy `SUSPEND` entry stays in the log as written.
 *
 * @example
 * closeLegacyExtension(legacyCase, spec, { at }).snapshot.context.suspension // null
 */
export function closeLegacyExtension(
  caseData: Case,
  spec: ServiceItemSpec,
  fields: MigrateEntryFields,
): Case {
  const context = caseData.snapshot.context;
  const suspension = context.suspension!;
  let granted: SuspendEvent | undefined;
  for (const entry of caseData.events) if (isLegacyExtensionEntry(entry)) granted = entry;
  const approvedBy = granted?.actor.name ?? granted?.actor.id ?? '';
  const closed: CaseContext = {
    ...context,
    suspension: null,
    extensions: [
      ...(context.extensions ?? []),
      { days: legacyDays(spec), reason: suspension.reason, approvedBy, at: suspension.at },
    ],
  };
  return appendMigrateEntry(
    { ...caseData, snapshot: { ...caseData.snapshot, context: closed } },
    {
      from: caseData.specRevision,
      to: caseData.specRevision,
      upgrade: 'legacyExtension',
      note: fields.note ?? legacyExtensionNote(spec),
      at: fields.at,
      ...(fields.specHash ? { specHash: fields.specHash } : {}),
    },
  );
}

/**
 * Replays a legacy `SUSPEND { kind: 'extension' }` entry as 0.1 applied it: the same rules as any
 * SUSPEND except the kind (state, roles, the stage's role, not while suspended), then the case is
 * suspended with kind `extension` and the entry is kept exactly as written.
 *
 * @example
 * applyLegacyExtensionEntry(c, legacyEntry, spec) // { ok: true, case: … suspended with kind 'extension' }
 */
export function applyLegacyExtensionEntry(
  caseData: Case,
  entry: AuditEntry & SuspendEvent,
  spec: ServiceItemSpec,
): ApplyResult {
  const state = caseData.snapshot.value;
  const context = caseData.snapshot.context;
  const { seq: _seq, state: _state, ...event } = entry;
  const refusal = checkEvent(spec, state, context, event, true);
  if (refusal) return { ok: false, error: refusal };
  const suspended: CaseContext = {
    ...context,
    suspension: { kind: entry.kind, reason: entry.reason, at: entry.at },
  };
  return {
    ok: true,
    case: {
      ...caseData,
      snapshot: { value: state, context: suspended },
      // a JSON copy, as applyEvent keeps events: the case shares no objects with the log it was replayed from
      events: [
        ...caseData.events,
        { ...JSON.parse(JSON.stringify(event)), seq: caseData.events.length, state },
      ],
    },
  };
}
