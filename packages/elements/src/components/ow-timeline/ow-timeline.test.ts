import { loadCase } from '@onewindow/engine';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { acceptEvent, caseAfter, fullLife, submitEvent } from '../../../test-fixtures/cases.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import './ow-timeline.js';

const spec = dibaoSpec();

describe('<ow-timeline>', () => {
  test('has no axe violations', async () => {
    const el = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, fullLife);
    });
    await expectNoAxeViolations(el);
  });

  test('lists every event in order with Beijing time, the role in Chinese and what happened', async () => {
    const caseData = caseAfter(spec, fullLife);
    const el = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseData;
    });
    const entries = [...el.shadowRoot!.querySelectorAll('li[part=entry]')];
    expect(entries.map((li) => li.getAttribute('data-event'))).toEqual(fullLife.map((e) => e.type));
    const what = entries.map((li) => li.querySelector('.what')!.textContent);
    expect(what.slice(0, 4)).toEqual(['提交', '一次性告知补正', '补正后提交', '受理']);

    const correction = entries[1]!;
    expect(correction.querySelector('time')!.textContent).toBe('2026-03-02 10:00');
    expect(correction.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-02T10:00:00+08:00');
    expect(correction.querySelector('.meta')!.textContent).toContain('综合窗口');
    const items = [...correction.querySelectorAll('.details ul li')].map((li) => li.textContent);
    expect(items).toEqual(['居民身份证：身份证复印件不清晰', '申请人 · 联系电话：号码已停机']);

    expect(entries[0]!.textContent).toContain('告知承诺：家庭收入及财产状况声明');
    expect(entries[0]!.querySelector('.meta')!.textContent).toContain('申请人');
    expect(entries[4]!.textContent).toContain('补交材料：残疾人证');
    expect(entries[5]!.textContent).toContain('审核环节办结');
    expect(entries[5]!.textContent).toContain('办理意见：材料齐全');
    expect(entries[5]!.querySelector('.meta')!.textContent).toContain('审核人员');
    expect(entries[6]!.textContent).toContain('入户调查环节办结');
    // 低保 is a 行政给付 (itemType 05): the outcome in the item's words (outcomeLabels), not 准予.
    expect([...entries[8]!.querySelectorAll('.details li')].map((li) => li.textContent)).toEqual(['给付']);
    expect(entries[8]!.querySelector('.meta')!.textContent).toContain('审批人员');
    expect(entries[9]!.textContent).toContain('证照编号 DB-2026-0318');
    expect(entries[10]!.textContent).toContain('送达方式：电子送达');
    expect(entries[11]!.textContent).toContain('评价：满意');
    await expect.element(page.getByText(`当前状态：${'已送达'}`)).toBeVisible();
  });

  test('does not show staff ids to the applicant', async () => {
    const el = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, fullLife);
    });
    expect(el.shadowRoot!.textContent).not.toContain('w-li');
    expect(el.shadowRoot!.textContent).not.toContain('r-wang');
  });

  test('shows a reason for a rejection and the current state', async () => {
    const el = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, [
        submitEvent,
        {
          type: 'REJECT',
          actor: { id: 'w-li', role: 'window' },
          at: '2026-03-02T11:00:00+08:00',
          reason: '申请人户籍不在本街道',
        } as never,
      ]);
    });
    expect(el.shadowRoot!.querySelector('li[data-event=REJECT]')!.textContent).toContain(
      '理由：申请人户籍不在本街道',
    );
    await expect.element(page.getByText('当前状态：不予受理')).toBeVisible();
  });

  test('lang="en" switches texts', async () => {
    await mount('ow-timeline', (e) => {
      e.lang = 'en';
      e.spec = spec;
      e.case = caseAfter(spec, fullLife);
    });
    await expect.element(page.getByRole('heading', { name: /Case progress/ })).toBeVisible();
    await expect.element(page.getByText('Request correction')).toBeVisible();
    await expect.element(page.getByText('Resident identity card: 身份证复印件不清晰')).toBeVisible();
  });

  test('elder mode makes the text larger', async () => {
    const el = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, fullLife);
    });
    const entry = el.shadowRoot!.querySelector('li[part=entry]')!;
    const normal = Number.parseFloat(getComputedStyle(entry).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(entry).fontSize)).toBeGreaterThan(normal);
  });
});

describe('<ow-timeline> events since 0.2', () => {
  const window = { id: 'w-li', role: 'window' as const };
  const system = { id: 'scheduler', role: 'system' as const };

  test('延长审批 shows the days, the reason and who approved it', async () => {
    const extSpec = dibaoSpec();
    extSpec.timeLimit.extension = { days: 10 };
    const el = await mount('ow-timeline', (e) => {
      e.spec = extSpec;
      e.case = caseAfter(extSpec, [
        submitEvent,
        acceptEvent('2026-03-02T10:00:00+08:00'),
        {
          type: 'EXTEND',
          actor: { id: 'a-zhao', role: 'approver' },
          at: '2026-03-20T10:00:00+08:00',
          days: 10,
          reason: '需补充入户调查',
          approvedBy: '赵局长',
        } as never,
      ]);
    });
    const entry = el.shadowRoot!.querySelector('li[data-event=EXTEND]')!;
    expect(entry.querySelector('.what')!.textContent).toBe('延长审批');
    const lines = [...entry.querySelectorAll('.details li')].map((li) => li.textContent);
    expect(lines).toEqual(['延长 10 个工作日', '理由：需补充入户调查', '批准人：赵局长']);
    expect(entry.querySelector('.meta')!.textContent).toContain('审批人员');
    el.lang = 'en';
    await el.updateComplete;
    expect([...entry.querySelectorAll('.details li')].map((li) => li.textContent)).toEqual([
      'Extended by 10 working days',
      'Reason: 需补充入户调查',
      'Approved by: 赵局长',
    ]);
  });

  test('视为受理 and 逾期未补正 (scheduler events) say what the law made of the silence', async () => {
    const deemed = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, [
        { ...submitEvent, channel: 'online' } as never,
        {
          type: 'DEEM_ACCEPT',
          actor: system,
          at: '2026-03-10T09:00:00+08:00',
          receivedAt: '2026-03-02T09:10:00+08:00',
        } as never,
      ]);
    });
    const entry = deemed.shadowRoot!.querySelector('li[data-event=DEEM_ACCEPT]')!;
    expect(entry.querySelector('.what')!.textContent).toBe('视为受理');
    expect(entry.textContent).toContain('受理时限届满，自收到申请之日（2026-03-02）起视为受理');
    expect(entry.querySelector('.meta')!.textContent).toContain('系统');

    const lapsed = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseAfter(spec, [
        submitEvent,
        {
          type: 'REQUEST_CORRECTION',
          actor: window,
          at: '2026-03-02T10:00:00+08:00',
          items: [{ materialId: 'idCard', reason: '身份证复印件不清晰' }],
        } as never,
        { type: 'LAPSE', actor: system, at: '2026-04-02T09:00:00+08:00' } as never,
      ]);
    });
    const lapse = lapsed.shadowRoot!.querySelector('li[data-event=LAPSE]')!;
    expect(lapse.querySelector('.what')!.textContent).toBe('逾期未补正（视为撤回）');
    expect(lapse.textContent).toContain('补正期限届满未补正，视为撤回申请');
    await expect.element(page.getByText('当前状态：已撤回')).toBeVisible();
  });

  test('a migration shows as 系统升级/迁移 with its note', async () => {
    const before = caseAfter(spec, [submitEvent]);
    const next = { ...dibaoSpec(), revision: '2026-07' };
    const loaded = loadCase(before, next, {
      at: '2026-03-05T09:00:00+08:00',
      migrations: [
        { specId: spec.id, from: spec.revision, to: '2026-07', note: '补充材料说明', migrate: (c) => c },
      ],
    });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const el = await mount('ow-timeline', (e) => {
      e.spec = next;
      e.case = loaded.case;
    });
    const entry = el.shadowRoot!.querySelector('li[data-event=MIGRATE]')!;
    expect(entry.querySelector('.what')!.textContent).toBe('系统升级/迁移');
    expect([...entry.querySelectorAll('.details li')].map((li) => li.textContent)).toEqual([
      `事项版本 ${spec.revision} → 2026-07`,
      '说明：补充材料说明',
    ]);
    expect(entry.querySelector('.meta')!.textContent).toContain('系统');
    await expectNoAxeViolations(el);
  });
});
