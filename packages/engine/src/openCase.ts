import type { ServiceItemSpec } from '@onewindow/spec';
import { initialTransition } from 'xstate';
import { stateIdOf } from './caseState.js';
import { createCaseMachine } from './createCaseMachine.js';
import { EngineFailure, engineError } from './errors.js';
import { isIsoTime } from './isIsoTime.js';
import { ROLES } from './roles.js';
import { specHash } from './specHash.js';
import type { Actor, Case, OpenRecord } from './types.js';

/** Who opens a case, when, and its id. */
export interface OpenCaseOptions {
  id: string;
  at: string;
  actor: Actor;
  note?: string;
}

/** Control characters (C0, DEL, C1) and the line/paragraph separators: never part of a case number. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MAX_ID_LENGTH = 128;

/** Why the options cannot open a case, or null. */
function invalidOption(options: OpenCaseOptions): string | null {
  if (typeof options !== 'object' || options === null) return 'options';
  const { id, at, actor, note } = options as unknown as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH || CONTROL.test(id)) {
    return `id (1–${MAX_ID_LENGTH} characters, no control characters)`;
  }
  if (!isIsoTime(at)) return 'at (ISO 8601 time with offset)';
  if (typeof actor !== 'object' || actor === null) return 'actor';
  const { id: actorId, role, org, name } = actor as Record<string, unknown>;
  if (typeof actorId !== 'string' || actorId === '') return 'actor.id';
  if (!ROLES.includes(role as never)) return 'actor.role';
  if ((org !== undefined && typeof org !== 'string') || (name !== undefined && typeof name !== 'string')) {
    return 'actor.org / actor.name';
  }
  if (note !== undefined && typeof note !== 'string') return 'note';
  return null;
}

/**
 * Opens a new case (办件) in `draft` on the spec's current revision. The audit log starts with an `OPEN`
 * record naming the spec (id, revision and content hash, `specHash`), so `replay(spec, case.events)`
 * rebuilds the same case and every later call refuses another spec. Throws `EngineFailure` (`case/invalid`)
 * for an empty or over-long id, a time that is not an existing ISO 8601 time with an offset, or an actor
 * without an id and a known role.
 *
 * @example
 * const c = openCase(spec, { id: 'C-2026-0001', at: '2026-03-02T09:00:00+08:00', actor: { id: 'u1', role: 'applicant' } });
 * c.snapshot.value // 'draft'
 * c.events[0] // { type: 'OPEN', caseId: 'C-2026-0001', …, specId, specRevision, specHash, seq: 0, state: 'draft' }
 */
export function openCase(spec: ServiceItemSpec, options: OpenCaseOptions): Case {
  const invalid = invalidOption(options);
  if (invalid) throw new EngineFailure(engineError('case/invalid', { detail: `openCase: ${invalid}` }));
  return openCaseFromRecord(spec, {
    type: 'OPEN',
    caseId: options.id,
    actor: { ...options.actor },
    at: options.at,
    ...(options.note ? { note: options.note } : {}),
    specId: spec.id,
    specRevision: spec.revision,
    specHash: specHash(spec),
  });
}

/**
 * A new case whose log starts with exactly this `OPEN` record (a JSON copy): `openCase` builds the record,
 * `replay` takes it from the log as it was written (an 0.1 record names no spec). Not part of the public API.
 */
export function openCaseFromRecord(spec: ServiceItemSpec, record: OpenRecord): Case {
  const [snapshot] = initialTransition(createCaseMachine(spec));
  const state = stateIdOf(snapshot.value);
  const open = JSON.parse(JSON.stringify(record)) as OpenRecord;
  return {
    id: record.caseId,
    specId: spec.id,
    specRevision: spec.revision,
    snapshot: { value: state, context: snapshot.context },
    events: [{ ...open, seq: 0, state }],
  };
}
