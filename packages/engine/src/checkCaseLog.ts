import { type EngineError, engineError } from './errors.js';
import type { AuditEntry } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const tampered = (where: string, zh: string, en: string): EngineError =>
  engineError('case/tampered', { where, zh, en }, { where });

/**
 * The cheap checks `loadCase` runs on every stored case before an event is applied to it (one pass over
 * the log, no replay): the case has the shape of a case (`case/invalid`); its log starts with the `OPEN`
 * record of this case, its entries are numbered 0…n−1, the snapshot is in the state the last entry led to,
 * and the revision the log last moved to is the case's (`case/tampered`). A snapshot whose context was
 * edited while its state was left alone passes these: `verifyCase` replays the log and compares all.
 *
 * @example
 * checkCaseLog({ ...caseData, snapshot: { ...caseData.snapshot, value: 'accepted.decide' } })?.code // 'case/tampered'
 */
export function checkCaseLog(caseData: unknown): EngineError | null {
  if (!isObject(caseData)) return engineError('case/invalid', { detail: 'not a case' });
  const { id, specId, specRevision, snapshot, events, migratedFrom } = caseData;
  if (typeof id !== 'string' || id === '') return engineError('case/invalid', { detail: 'id' });
  if (typeof specId !== 'string' || typeof specRevision !== 'string') {
    return engineError('case/invalid', { detail: 'specId / specRevision' });
  }
  if (!isObject(snapshot) || typeof snapshot.value !== 'string' || !isObject(snapshot.context)) {
    return engineError('case/invalid', { detail: 'snapshot' });
  }
  if (
    migratedFrom !== undefined &&
    !(Array.isArray(migratedFrom) && migratedFrom.every((r) => typeof r === 'string'))
  ) {
    return engineError('case/invalid', { detail: 'migratedFrom' });
  }
  if (!Array.isArray(events) || events.length === 0) {
    return tampered('events', '办理记录为空', 'the log is empty');
  }
  let revision: unknown;
  for (let i = 0; i < events.length; i++) {
    const entry: unknown = events[i];
    if (
      !isObject(entry) ||
      entry.seq !== i ||
      typeof entry.state !== 'string' ||
      typeof entry.type !== 'string'
    ) {
      return tampered(
        `events[${i}]`,
        `第 ${i} 条记录的序号或状态不对`,
        `entry ${i} is not entry number ${i} with a state`,
      );
    }
    if ((entry.type === 'OPEN') !== (i === 0)) {
      return tampered(
        `events[${i}]`,
        '办理记录须以且仅以一条开办记录（OPEN）开始',
        'the log must start with its one OPEN record',
      );
    }
    if (entry.type === 'MIGRATE') revision = entry.to;
  }
  const open = events[0] as AuditEntry & { type: 'OPEN' };
  if (open.caseId !== id || (open.specId !== undefined && open.specId !== specId)) {
    return tampered(
      'events[0]',
      `开办记录属于办件 ${String(open.caseId)}`,
      `the OPEN record is case ${String(open.caseId)}'s`,
    );
  }
  revision ??= open.specRevision;
  if (revision !== undefined && revision !== specRevision) {
    return tampered(
      'specRevision',
      `办理记录显示修订版 ${String(revision)}，办件写的是 ${specRevision}`,
      `the log is on revision ${String(revision)}, the case says ${specRevision}`,
    );
  }
  const last = events[events.length - 1] as AuditEntry;
  if (last.state !== snapshot.value) {
    return tampered(
      'snapshot.value',
      `办件处于“${snapshot.value}”，最后一条记录却是“${last.state}”`,
      `the snapshot is in ${snapshot.value}, the last log entry in ${last.state}`,
    );
  }
  return null;
}
