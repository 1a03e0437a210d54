import { describe, expect, it } from 'vitest';
import { acceptanceNotice, caseClock } from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };

describe('the clock reads no future: only events at or before `now` count', () => {
  const c = drive(
    submittedDibao('2026-03-02'),
    [
      ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
      ev('SUSPEND', 'reviewer', '2026-03-10', { kind: 'survey', reason: '入户调查核实' }),
      ev('RESUME', 'reviewer', '2026-03-24'),
    ],
    ctx,
  );

  it('a later suspension does not move a deadline read before it', () => {
    expect(caseClock(c, dibao, '2026-03-05T10:00:00+08:00')).toMatchObject({
      asOf: '2026-03-05',
      deadline: '2026-03-26',
      pausedNow: null,
      paused: 0,
    });
    expect(caseClock(c, dibao, '2026-03-12T10:00:00+08:00')).toMatchObject({ pausedNow: 'suspended' });
    expect(caseClock(c, dibao, '2026-03-25T10:00:00+08:00').deadline).toBe('2026-04-10'); // 10 working days paused; 清明 4-04..4-06
  });

  it('a 受理通知书 regenerated after a later suspension shows the deadline of its own day', () => {
    expect(acceptanceNotice(c, dibao)?.deadline).toBe('2026-03-26');
  });

  it('before acceptance, a case accepted later has not started', () => {
    expect(caseClock(c, dibao, '2026-03-02T10:00:00+08:00').started).toBe(false);
  });
});
