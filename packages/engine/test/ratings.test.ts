import { describe, expect, it } from 'vitest';
import { applyEvent, availableRatings, type Case, type CaseEvent, dueEvents } from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
const code = (c: Case, event: CaseEvent) => {
  const result = applyEvent(c, event, ctx);
  return result.ok ? 'ok' : result.error.code;
};
const accepted = () =>
  drive(submittedDibao('2026-03-02'), [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], ctx);
const rate = (at: string, data: Record<string, unknown>) => ev('EVALUATE', 'applicant', at, data as never);

describe('一次一评: each service contact is rated on its own, beside 一事一评', () => {
  it('the 受理 contact may be rated once after acceptance, with its channel; the outcome only after it', () => {
    expect(availableRatings('submitted', submittedDibao().snapshot.context)).toEqual([]);
    expect(availableRatings('accepted.review', accepted().snapshot.context)).toEqual(['acceptance']);
    expect(code(accepted(), rate('2026-03-02T11:05:00+08:00', { score: 1 }))).toBe('evaluation/not-yet');
    expect(code(accepted(), rate('2026-03-02T11:05:00+08:00', { score: 1, contact: 'issue' }))).toBe(
      'evaluation/not-yet',
    );
    const rated = drive(
      accepted(),
      [rate('2026-03-02T11:05:00+08:00', { score: 2, contact: 'acceptance', channel: 'evaluator' })],
      ctx,
    );
    expect(rated.snapshot.context.contactRatings).toEqual([
      expect.objectContaining({ contact: 'acceptance', score: 2, channel: 'evaluator', followUp: null }),
    ]);
    expect(code(rated, rate('2026-03-02T11:06:00+08:00', { score: 1, contact: 'acceptance' }))).toBe(
      'evaluation/done',
    );
    expect(
      code(
        accepted(),
        rate('2026-03-02T11:06:00+08:00', { score: 1, contact: 'acceptance', channel: 'fax' }),
      ),
    ).toBe('event/invalid');
  });
});

describe('差评 → 整改 → 回访 → 反馈, each with its due date', () => {
  const badAtWindow = () =>
    drive(
      accepted(),
      [
        rate('2026-03-02T11:05:00+08:00', {
          score: 5,
          contact: 'acceptance',
          comment: '等候时间过长',
          channel: 'evaluator',
        }),
      ],
      ctx,
    );
  it('a bad contact rating opens a follow-up; closing it makes a 回访 due; the 回访 records the feedback', () => {
    const c = badAtWindow();
    const followUp = c.snapshot.context.contactRatings?.[0]?.followUp;
    expect(followUp).toMatchObject({ closedAt: null, due: '2026-03-23' }); // 15 working days
    // overdue 整改 is noticed per rating
    const [late] = dueEvents([c], '2026-03-24T09:00:00+08:00', { specs: [dibao] }).filter(
      (d) => d.reason === 'followUpOverdue',
    );
    expect(late?.event).toMatchObject({
      notice: 'followUpOverdue',
      scope: 'acceptance',
      deadline: '2026-03-23',
    });
    expect(
      code(c, ev('REVISIT', 'window', '2026-03-10', { feedback: '已整改', contact: 'acceptance' })),
    ).toBe('follow-up/no-revisit');
    const closed = drive(
      c,
      [ev('CLOSE_FOLLOW_UP', 'window', '2026-03-10', { note: '增设取号机', contact: 'acceptance' })],
      ctx,
    );
    expect(closed.snapshot.context.contactRatings?.[0]?.followUp).toMatchObject({
      closedAt: '2026-03-10T10:00:00+08:00',
      revisitDue: '2026-03-17', // 5 working days
      revisitedAt: null,
    });
    const [revisitLate] = dueEvents([closed], '2026-03-18T09:00:00+08:00', { specs: [dibao] }).filter(
      (d) => d.reason === 'revisitOverdue',
    );
    expect(revisitLate?.event).toMatchObject({ scope: 'acceptance', deadline: '2026-03-17' });
    expect(
      code(closed, ev('REVISIT', 'window', '2026-03-12', { feedback: ' ', contact: 'acceptance' })),
    ).toBe('reason/required');
    const revisited = drive(
      closed,
      [
        ev('REVISIT', 'window', '2026-03-12', {
          feedback: '电话回访，已告知增设取号机',
          contact: 'acceptance',
        }),
      ],
      ctx,
    );
    expect(revisited.snapshot.context.contactRatings?.[0]?.followUp).toMatchObject({
      revisitedAt: '2026-03-12T10:00:00+08:00',
      feedback: '电话回访，已告知增设取号机',
    });
    expect(
      dueEvents([revisited], '2026-03-30T09:00:00+08:00', { specs: [dibao] }).map((d) => d.reason),
    ).not.toContain('revisitOverdue');
  });
});
