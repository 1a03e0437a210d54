// Property: every event the scheduler (dueEventsReport) proposes is accepted by applyEvent with the same
// calendar — over random cases of every example item at random times around New Year, with a calendar that
// lacks the new year until the host adds it at a random moment (issue 12 point 10, issue 8 point 11).
import { readFileSync } from 'node:fs';
import type { ServiceItemSpec } from '@onewindow/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  type Case,
  type CaseEvent,
  chineseHolidayCalendar,
  dueEventsReport,
  holidayYearFromJson,
  openCase,
  ROLES,
  type Role,
} from '../src/index.js';
import { exampleSpecs } from './exampleSpecs.js';

// A tenth of the main property runs (each walk here also runs the scheduler): 50 per item by default.
const RUNS = Math.max(10, Math.round(Number(process.env.FC_RUNS ?? 500) / 10));
const national = chineseHolidayCalendar(); // up to 2026
const next = holidayYearFromJson(
  readFileSync(new URL('./fixtures/holiday-year-2027.test-data.json', import.meta.url), 'utf8'),
);
if (!next.ok) throw new Error(JSON.stringify(next.errors));
const withNextYear = chineseHolidayCalendar({ extraYears: [next.year] });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Cases open between mid-October 2026 and mid-January 2027; the host adds 2027 at some moment in that span or never. */
const EARLIEST = Date.parse('2026-10-15T09:00:00+08:00');

interface Step {
  /** Below 7: an event some role may send now; else the scheduler runs. */
  kind: number;
  pick: number;
  /** Materials left out of SUBMIT (bit mask over tolerable materials: 容缺). */
  leaveOut: number;
  hours: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.integer({ min: 0, max: 9 }),
  pick: fc.noBias(fc.nat()),
  leaveOut: fc.nat({ max: 7 }),
  hours: fc.integer({ min: 0, max: 14 * 24 }),
});

interface Scenario {
  startDays: number;
  addedAfterDays: number;
  steps: Step[];
}

const scenarios: fc.Arbitrary<Scenario> = fc.record({
  startDays: fc.integer({ min: 0, max: 90 }),
  // days after EARLIEST when the host adds 2027 (beyond the walk: never)
  addedAfterDays: fc.integer({ min: 30, max: 200 }),
  steps: fc.array(step, { minLength: 1, maxLength: 30 }),
});

/** Events that end or detour a case: taken rarely, so the walks reach deadlines and 容缺 due dates. */
const DETOURS = new Set([
  'WITHDRAW',
  'REJECT',
  'TERMINATE',
  'RETURN',
  'REQUEST_CORRECTION',
  'SUSPEND',
  'NOTIFY',
]);

function eventData(spec: ServiceItemSpec, c: Case, type: string, s: Step): Record<string, unknown> {
  const ids = spec.materials.map((m) => m.id);
  const tolerable = spec.materials.filter((m) => m.tolerable === true).map((m) => m.id);
  const leftOut = new Set(tolerable.filter((_, i) => (s.leaveOut >> i) & 1));
  const delivery = spec.outputs.flatMap((o) => o.delivery);
  const kinds = (spec.flow.specialProcedures ?? []).map((p) => p.kind);
  switch (type) {
    case 'SUBMIT':
      return { formData: {}, materials: ids.filter((id) => !leftOut.has(id)), onBehalfOf: 'applicant-1' };
    case 'RESUBMIT':
      return { materials: ids.filter((id) => !leftOut.has(id)) };
    case 'ACCEPT':
      // the applicant's signed 容缺承诺书, for when materials are tolerated
      return { toleranceCommitment: { signedBy: 'applicant-1' } };
    case 'REQUEST_CORRECTION':
      return { items: [{ materialId: ids[s.pick % ids.length], reason: '不清晰' }] };
    case 'REJECT':
    case 'RETURN':
    case 'TERMINATE':
      return { reason: '理由' };
    case 'SUSPEND':
      return { kind: kinds[s.pick % Math.max(1, kinds.length)] ?? 'hearing', reason: '特别程序' };
    case 'EXTEND':
      return { days: spec.timeLimit.extension?.days ?? 1, reason: '情况复杂', approvedBy: '局长' };
    case 'DECIDE':
      return s.pick % 2 === 0 ? { approved: true } : { approved: false, reason: '不符合条件' };
    case 'DELIVER':
      return { method: delivery[s.pick % delivery.length] };
    case 'EVALUATE':
      return { score: (s.pick % 5) + 1, comment: '评价' };
    case 'SUPPLY':
      return { materials: c.snapshot.context.tolerated.map((t) => t.materialId) };
    case 'CLOSE_FOLLOW_UP':
      return { note: '已整改' };
    case 'ISSUE':
      return { certificateNo: `NO-${s.pick}` };
    default:
      return {};
  }
}

/** A guided event: one some role may send now (rarely a detour), with data that passes its checks. */
function guidedEvent(spec: ServiceItemSpec, c: Case, s: Step, at: string): CaseEvent | null {
  const pairs = ROLES.flatMap((role) =>
    allowedEvents(c, role, { spec }).map((type) => [role, type] as const),
  ).filter(([role, type]) => role !== 'system' || type !== 'NOTIFY');
  const forward = pairs.filter(([, type]) => !DETOURS.has(type));
  const pool = s.pick % 10 === 0 || forward.length === 0 ? pairs : forward;
  const chosen = pool[s.pick % Math.max(1, pool.length)];
  if (!chosen) return null;
  const [role, type] = chosen as [Role, string];
  const actor = { id: role === 'applicant' ? 'applicant-1' : `${role}-1`, role };
  return { type, actor, at, ...eventData(spec, c, type, s) } as CaseEvent;
}

function run(spec: ServiceItemSpec, scenario: Scenario, seen: Map<string, number>): void {
  let time = EARLIEST + scenario.startDays * DAY;
  const addedAt = EARLIEST + scenario.addedAfterDays * DAY;
  let c = openCase(spec, {
    id: 'S-1',
    at: new Date(time).toISOString(),
    actor: { id: 'applicant-1', role: 'applicant' },
  });
  for (const s of scenario.steps) {
    time += s.hours * HOUR;
    const at = new Date(time).toISOString();
    const calendar = time < addedAt ? national : withNextYear;
    const context = { spec, calendar };
    if (s.kind < 7) {
      const event = guidedEvent(spec, c, s, at);
      if (!event) continue;
      const result = applyEvent(c, event, context);
      if (result.ok) c = result.case;
      continue;
    }
    // the scheduler: never throws for a year without data, and everything it proposes is accepted
    const report = dueEventsReport([c], at, { specs: [spec], calendar });
    for (const u of report.undated) {
      expect(u.error.code).toMatch(/^calendar\//);
      seen.set('undated', (seen.get('undated') ?? 0) + 1);
    }
    for (const due of report.due) {
      const result = applyEvent(c, due.event, context);
      if (!result.ok) {
        throw new Error(
          `${due.reason} ${due.event.type} at ${at} refused: ${result.error.code} ${result.error.message}\n` +
            JSON.stringify(c.events.map((e) => [e.type, e.at, e.state])),
        );
      }
      seen.set(due.reason, (seen.get(due.reason) ?? 0) + 1);
      c = result.case;
    }
  }
}

/** What the scheduler proposed over all items (the walks must reach each kind, not only empty reports). */
const seen = new Map<string, number>();
const items = exampleSpecs();
let itemsWalked = 0;

describe.each(items)('scheduler: $name', ({ spec }) => {
  it(`every event dueEventsReport proposes is accepted by applyEvent, around New Year (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(scenarios, (s) => run(spec, s, seen)),
      { numRuns: RUNS },
    );
    itemsWalked++;
  });
});

describe('scheduler walks', () => {
  it('reached every kind of proposal and cases the calendar could not date', () => {
    console.log('scheduler proposals accepted:', Object.fromEntries(seen));
    if (RUNS < 50 || itemsWalked < items.length) return; // a filtered or short run
    // a bad rating left open past its follow-up is a long walk: about 4 per 100 runs per item set
    const kinds = [
      'warning',
      'overdue',
      'toleranceExpired',
      'undated',
      ...(RUNS >= 200 ? ['followUpOverdue'] : []),
    ];
    for (const kind of kinds) expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
