import type { ServiceItemSpec } from '@onewindow/spec';
import { canonicalJson } from './canonicalJson.js';
import { checkCaseLog } from './checkCaseLog.js';
import type { EngineContext } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
import { replay } from './replay.js';
import type { Case } from './types.js';

/** A verified case (the one rebuilt from its log), or why it cannot be trusted. */
export type VerifyCaseResult = { ok: true; case: Case } | { ok: false; error: EngineError };

const tampered = (where: string, zh: string, en: string): VerifyCaseResult => ({
  ok: false,
  error: engineError('case/tampered', { where, zh, en }, { where }),
});

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/**
 * Verifies a stored case completely: replays its audit log with `spec` (and, for a migrated case, the
 * migrations and older revisions in `options`) and compares the result with the case as stored — every log
 * entry, the state, every field of the context, the revision. Use it on cases read from storage you do not
 * fully trust (a database other programs write to, a case sent by a client): `applyEvent` only runs the
 * cheap checks (`checkCaseLog`) so that it stays fast. Key order does not matter (databases reorder keys).
 *
 * Pass the options `applyEvent` ran with (calendar, validator, …): the replay applies the same rules.
 * A case stored by an older engine may lack context fields added since (0.2: `agentId`, `acceptedBy`,
 * `extensions`, `receipt` …); those are taken from the replay — so use the case this returns, not the stored
 * one. Returns the replayed case, or `case/tampered` with `details.where`
 * naming the first difference (`events[3]`, `snapshot.value`, `snapshot.context.decision` …); a spec that
 * is not the case's gives its own error (`case/spec-changed` …).
 *
 * @example
 * const checked = verifyCase(stored, spec, { calendar, validateForm });
 * if (!checked.ok) throw new Error(checked.error.message); // 办件数据与其办理记录不一致（snapshot.context.decision：…）
 */
export function verifyCase(
  caseData: Case,
  spec: ServiceItemSpec,
  options: Omit<EngineContext, 'spec'> = {},
): VerifyCaseResult {
  const broken = checkCaseLog(caseData);
  if (broken) return { ok: false, error: broken };
  const replayed = replay(spec, caseData.events, options);
  if (!replayed.ok) {
    const { code } = replayed.error;
    if (code === 'case/spec-mismatch' || code === 'case/spec-changed' || code === 'case/revision-mismatch') {
      return { ok: false, error: replayed.error };
    }
    return tampered(
      `events[${replayed.index}]`,
      `该条记录不能按规则重放：${replayed.error.message}`,
      `the rules refuse this entry: ${replayed.error.messageEn}`,
    );
  }
  const truth = replayed.case;
  for (const [i, entry] of caseData.events.entries()) {
    if (!same(entry, truth.events[i])) {
      return tampered(`events[${i}]`, '记录与重放结果不同', 'the entry differs from its replay');
    }
  }
  for (const field of ['id', 'specId', 'specRevision', 'migratedFrom'] as const) {
    if (!same(caseData[field], truth[field])) {
      return tampered(field, `与办理记录不符`, `does not match the log`);
    }
  }
  if (caseData.snapshot.value !== truth.snapshot.value) {
    return tampered('snapshot.value', `办件状态与办理记录不符`, `the state does not match the log`);
  }
  const stored = caseData.snapshot.context as unknown as Record<string, unknown>;
  const rebuilt = truth.snapshot.context as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(stored), ...Object.keys(rebuilt)])) {
    // A case stored by an older engine lacks the context fields added since: the replay supplies them.
    if (!Object.hasOwn(stored, key) && !CONTEXT_FIELDS_0_1.has(key)) continue;
    if (!Object.hasOwn(stored, key) || !Object.hasOwn(rebuilt, key) || !same(stored[key], rebuilt[key])) {
      return tampered(`snapshot.context.${key}`, '办件数据与办理记录不符', 'does not match the log');
    }
  }
  return { ok: true, case: truth };
}

/** The context fields engine 0.1 stored: every stored case has them; later ones may be missing from older cases. */
const CONTEXT_FIELDS_0_1 = new Set([
  'formData',
  'materials',
  'commitments',
  'applicantId',
  'correction',
  'corrections',
  'tolerated',
  'suspension',
  'decision',
  'certificateNo',
  'delivery',
  'evaluation',
  'notices',
]);
