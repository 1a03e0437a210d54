import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  caseClock,
  decisionNotice,
  extensionNotice,
  outcomeLabels,
  rejectionNotice,
} from '../src/index.js';
import { dibao, drive, ev, homestead, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
const denied = () =>
  drive(
    submittedDibao('2026-03-02'),
    [
      ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-12'),
      ev('DECIDE', 'approver', '2026-03-13', { approved: false, reason: '家庭人均收入高于当地低保标准' }),
    ],
    ctx,
  );

describe('a negative decision is issued and served like a positive one (行政许可法 第三十八条)', () => {
  it('goes denied → issued → delivered → archived, with the clock stopped at the decision', () => {
    const c = denied();
    expect(c.snapshot.value).toBe('denied');
    expect(allowedEvents(c, 'window', { spec: dibao })).toContain('ISSUE');
    const served = drive(
      c,
      [
        ev('ISSUE', 'window', '2026-03-16'),
        ev('DELIVER', 'window', '2026-03-17', { method: 'window' }),
        ev('ARCHIVE', 'window', '2026-03-18'),
      ],
      ctx,
    );
    expect(served.snapshot.value).toBe('archived');
    expect(served.snapshot.context.decision?.approved).toBe(false);
    expect(caseClock(served, dibao, '2026-04-30T10:00:00+08:00')).toMatchObject({
      concludedOn: '2026-03-13',
      onTime: true,
    });
  });

  it('its notice names the item’s outcome, the reasons and the 救济途径', () => {
    const notice = decisionNotice(denied(), dibao);
    expect(notice).toMatchObject({
      kind: 'decision',
      approved: false,
      outcome: '不予给付', // 低保 is a 行政给付 (05)
      reason: '家庭人均收入高于当地低保标准',
      decidedOn: '2026-03-13',
    });
    expect(notice?.remedies?.reconsideration).toMatchObject({ days: 60 });
    expect(notice?.remedies?.litigation).toMatchObject({ months: 6 });
    expect(notice?.remedies?.text).toContain('六十日内');
    const named = { ...dibao, remedies: { reconsideration: 'XX县人民政府', litigation: 'XX县人民法院' } };
    expect(decisionNotice(denied(), named)?.remedies?.text).toContain('向XX县人民政府申请行政复议');
    expect(decisionNotice(denied(), dibao, 'en')?.outcome).toBe('Benefit refused');
  });

  it('outcome words follow the item type', () => {
    expect(outcomeLabels({ itemType: '01' }).denied['zh-CN']).toBe('不予许可');
    expect(outcomeLabels({ itemType: '05' }).approved['zh-CN']).toBe('给付');
    expect(outcomeLabels({ itemType: '07' }).denied['zh-CN']).toBe('不予确认');
    expect(outcomeLabels({ itemType: '02' }).denied['zh-CN']).toBe('不予');
    expect(outcomeLabels({ itemType: homestead.itemType }).denied['zh-CN']).toMatch(/^不予/);
  });

  it('a 不予受理通知书 carries the same remedies', () => {
    const rejected = drive(
      submittedDibao('2026-03-02'),
      [ev('REJECT', 'window', '2026-03-02T11:00:00+08:00', { reason: '不属于本机关职权范围' })],
      ctx,
    );
    expect(rejectionNotice(rejected, dibao)?.remedyDetails.reconsideration.days).toBe(60);
  });
});

describe('延期通知书', () => {
  it('shows the days, the reason, the approver and the deadline before and after, as of its moment', () => {
    const spec = { ...dibao, timeLimit: { ...dibao.timeLimit, extension: { days: 10 } } };
    const c = drive(
      submittedDibao('2026-03-02', undefined, spec),
      [
        ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
        ev('EXTEND', 'approver', '2026-03-20', { days: 10, reason: '需补充入户调查', approvedBy: '王局长' }),
        ev('SUSPEND', 'reviewer', '2026-03-23', { kind: 'survey', reason: '入户调查核实' }),
      ],
      { spec },
    );
    expect(extensionNotice(c, spec)).toMatchObject({
      kind: 'extension',
      days: 10,
      approvedBy: '王局长',
      previousDeadline: '2026-03-26',
      deadline: '2026-04-10',
    });
    expect(extensionNotice(denied(), dibao)).toBeNull();
  });
});
