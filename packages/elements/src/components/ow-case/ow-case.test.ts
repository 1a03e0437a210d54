import { allowedEvents, type Case, type CaseEvent } from '@onewindow/engine';
import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import {
  acceptEvent,
  approver,
  caseAfter,
  reviewer,
  submitEvent,
  window as windowActor,
} from '../../../test-fixtures/cases.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import type { OwActionDetail } from '../../events/OwActionEvent.js';
import type { OwCase } from './ow-case.js';
import './ow-case.js';

const spec = dibaoSpec();
const submitted = () => caseAfter(spec, [submitEvent]);
const accepted = () => caseAfter(spec, [submitEvent, acceptEvent('2026-03-02T10:00:00+08:00')]);

async function mountCase(caseData: Case, role: OwCase['role'], setup: (el: OwCase) => void = () => {}) {
  return mount('ow-case', (e) => {
    e.spec = spec;
    e.case = caseData;
    e.role = role;
    e.now = '2026-03-04T10:00:00+08:00';
    setup(e);
  });
}

const buttons = (el: OwCase) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=action]')].map((b) => b.dataset.event);

describe('<ow-case>', () => {
  test('has no axe violations, with the correction checklist open', async () => {
    const el = await mountCase(submitted(), 'window');
    await expectNoAxeViolations(el);
    await page.getByRole('button', { name: '一次性告知补正' }).click();
    await expectNoAxeViolations(el);
  });

  test('shows the state in Chinese and the actions each role may take now', async () => {
    const caseData = submitted();
    const el = await mountCase(caseData, 'window');
    await expect.element(page.getByRole('status')).toHaveTextContent('已提交');
    expect(buttons(el)).toEqual(allowedEvents(caseData, 'window', { spec }));
    expect(buttons(el)).toEqual(['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']);
    await expect.element(page.getByText('受理后开始计时')).toBeVisible();

    el.role = 'reviewer';
    await el.updateComplete;
    expect(buttons(el)).toEqual([]);
    await expect.element(page.getByText('当前身份在此状态下无可办理的操作。')).toBeVisible();

    el.case = accepted();
    await el.updateComplete;
    await expect.element(page.getByRole('status')).toHaveTextContent('审核中');
    expect(buttons(el)).toEqual(['COMPLETE_STAGE', 'SUSPEND']);
  });

  test('the clock shows the deadline, days left and a green light after acceptance', async () => {
    const el = await mountCase(accepted(), 'reviewer');
    const facts = el.shadowRoot!.querySelector('[part=facts]')!;
    expect(facts.textContent).toMatch(/受理日期\s*2026-03-02/);
    expect(facts.textContent).toMatch(/办结期限\s*2026-03-26/);
    expect(facts.textContent).toContain('已用 2 个工作日，剩余 16 个工作日');
    const light = el.shadowRoot!.querySelector('[part=light]')!;
    expect(light.getAttribute('data-light')).toBe('green');
    expect(light.textContent).toBe('正常（绿灯）');
    el.now = '2026-03-30T10:00:00+08:00';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=light]')!.getAttribute('data-light')).toBe('red');
    expect(facts.textContent).toContain('已超期');
  });

  test('a deadline in a year without holiday data is named as such, never guessed', async () => {
    const lateAccepted = caseAfter(spec, [submitEvent, acceptEvent('2026-12-28T10:00:00+08:00')]);
    const year = 2027;
    const el = await mountCase(lateAccepted, 'reviewer', (e) => {
      e.now = '2026-12-29T10:00:00+08:00';
    });
    const facts = el.shadowRoot!.querySelector('[part=facts]')!;
    expect(facts.textContent).toMatch(/受理日期\s*2026-12-28/);
    const error = el.shadowRoot!.querySelector('[part=calendar-error]')!;
    expect(error.textContent).toBe(`工作日历没有 ${year} 年的节假日数据，无法计算工作日`);
    // Now itself in that year: no clock at all, the same reason, and no "not started".
    el.now = '2027-01-05T10:00:00+08:00';
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=calendar-error]')!.textContent).toContain(
      `no holiday data for ${year}`,
    );
    expect(facts.textContent).not.toContain('The clock starts at acceptance');
  });

  test('the 一次性告知 checklist produces one REQUEST_CORRECTION with every checked item', async () => {
    const before = submitted();
    const el = await mountCase(before, 'window');
    const actions: OwActionDetail[] = [];
    el.addEventListener('ow-action', (e) => actions.push(e.detail));
    await page.getByRole('button', { name: '一次性告知补正' }).click();

    // Nothing checked: refused in the form, no event.
    await page.getByRole('button', { name: '确认一次性告知补正' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请至少勾选一项需要补正的内容。');

    await page.getByRole('checkbox', { name: '居民身份证' }).click();
    await page.getByRole('checkbox', { name: '申请人 · 联系电话' }).click();
    await page.getByRole('checkbox', { name: '家庭情况 · 家庭月收入（元）' }).click();
    await userEvent.fill(page.getByLabelText('补正原因：居民身份证'), '身份证复印件不清晰');
    await userEvent.fill(page.getByLabelText('补正原因：申请人 · 联系电话'), '号码已停机');
    await page.getByRole('button', { name: '确认一次性告知补正' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('请填写“家庭情况 · 家庭月收入（元）”的补正原因。');
    expect(actions).toEqual([]);

    await userEvent.fill(page.getByLabelText('补正原因：家庭情况 · 家庭月收入（元）'), '请提供工资流水');
    await page.getByRole('button', { name: '确认一次性告知补正' }).click();
    expect(actions).toHaveLength(1);
    expect(actions[0]!.event).toEqual({
      type: 'REQUEST_CORRECTION',
      actor: { id: 'window', role: 'window' },
      at: '2026-03-04T10:00:00+08:00',
      items: [
        { materialId: 'idCard', reason: '身份证复印件不清晰' },
        { field: '/applicant/phone', reason: '号码已停机' },
        { field: '/household/monthlyIncome', reason: '请提供工资流水' },
      ],
    });
    // Host mode: the element does not apply the event itself.
    expect(el.case).toBe(before);
  });

  test('local mode applies actions with the engine: accept, then the reviewer completes the stage', async () => {
    const el = await mountCase(submitted(), 'window', (e) => {
      e.mode = 'local';
      e.actor = windowActor;
    });
    const changes: Case[] = [];
    el.addEventListener('ow-case-change', (e) => changes.push(e.detail.case));
    // 张秀英's disability certificate is tolerated (容缺): 受理 needs her signed 容缺承诺书.
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('checkbox', { name: '申请人已签署容缺承诺书' }).click();
    await page.getByRole('button', { name: '确认受理' }).click();
    expect(el.case!.snapshot.value).toBe('accepted.review');
    expect(el.case!.snapshot.context.toleranceCommitment).toEqual({ signedBy: 'u-zhang' });
    expect(changes).toHaveLength(1);
    await expect.element(page.getByRole('status')).toHaveTextContent('审核中');

    el.role = 'reviewer';
    el.actor = reviewer;
    await el.updateComplete;
    await page.getByRole('button', { name: '办结本环节' }).click();
    await userEvent.fill(page.getByLabelText('办理意见（可选）'), '材料齐全，符合条件');
    await page.getByRole('button', { name: '确认办结本环节' }).click();
    expect(el.case!.snapshot.value).toBe('accepted.survey');
    expect(el.case!.events.at(-1)).toMatchObject({ type: 'COMPLETE_STAGE', opinion: '材料齐全，符合条件' });
    await expect.element(page.getByRole('status')).toHaveTextContent('入户调查中');
  });

  test('DECIDE 不予 (in the item’s words: 不予给付) needs a reason; local mode shows the engine refusal and changes nothing', async () => {
    const atDecision = caseAfter(spec, [
      submitEvent,
      acceptEvent('2026-03-02T10:00:00+08:00'),
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-03T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-04T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-05T10:00:00+08:00' },
    ]);
    const el = await mountCase(atDecision, 'approver', (e) => {
      e.mode = 'local';
      e.actor = approver;
      e.now = '2026-03-06T10:00:00+08:00';
    });
    expect(buttons(el)).toEqual(['RETURN', 'SUSPEND', 'DECIDE']);
    await page.getByRole('button', { name: '决定' }).click();
    // 低保 is a 行政给付 (itemType 05): the choices are 给付 / 不予给付; a refusal needs a reason first.
    await page.getByRole('radio', { name: '不予给付' }).click();
    await page.getByRole('button', { name: '确认决定' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('作出不予决定时须写明理由。');
    await page.getByRole('radio', { name: '给付', exact: true }).click();
    await page.getByRole('button', { name: '确认决定' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('操作未执行：容缺材料尚未补齐：残疾人证');
    expect(el.case).toBe(atDecision);
  });

  test('SUSPEND carries its kind; a cancelled ow-action is not applied', async () => {
    const el = await mountCase(accepted(), 'reviewer', (e) => {
      e.mode = 'local';
      e.actor = reviewer;
    });
    const before = el.case;
    el.addEventListener('ow-action', (e) => e.preventDefault(), { once: true });
    await page.getByRole('button', { name: '挂起（特别程序）' }).click();
    await userEvent.selectOptions(page.getByLabelText('特别程序种类'), 'survey');
    await userEvent.fill(page.getByLabelText('理由'), '需入户勘测住房');
    await page.getByRole('button', { name: '确认挂起（特别程序）' }).click();
    expect(el.case).toBe(before);

    const seen = vi.fn();
    el.addEventListener('ow-action', (e) => seen(e.detail.event));
    await page.getByRole('button', { name: '确认挂起（特别程序）' }).click();
    expect(seen).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'SUSPEND', kind: 'survey', reason: '需入户勘测住房' }),
    );
    expect(el.case!.snapshot.context.suspension).toMatchObject({ kind: 'survey' });
    await expect.element(page.getByRole('status')).toHaveTextContent('审核中（特别程序：勘测）');
  });

  test('lang="en" switches texts', async () => {
    await mountCase(submitted(), 'window', (e) => {
      e.lang = 'en';
    });
    await expect.element(page.getByRole('button', { name: 'Request correction' })).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('Submitted');
    // The 容缺承诺书 panel and the engine's refusal, in English too.
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.element(page.getByText('Disability certificate (due 2026-03-11)')).toBeVisible();
    await page.getByRole('button', { name: 'Confirm: Accept' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Confirm that the applicant signed the tolerance commitment.');
    await expect
      .element(
        page.getByRole('checkbox', { name: 'The applicant signed the tolerance commitment (容缺承诺书)' }),
      )
      .toHaveAttribute('aria-invalid', 'true');
  });

  test('elder mode makes the text larger', async () => {
    const el = await mountCase(submitted(), 'window');
    const button = el.shadowRoot!.querySelector('button')!;
    const normal = Number.parseFloat(getComputedStyle(button).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(button).fontSize)).toBeGreaterThan(normal);
  });
});

/** 低保 with 延长审批: once, up to 10 working days, approved by the head of the bureau (行政许可法 第四十二条). */
function extensionSpec(): ServiceItemSpec {
  const s = dibaoSpec();
  s.timeLimit.extension = { days: 10, approval: { 'zh-CN': '本机关负责人', en: 'the head of the body' } };
  return s;
}

/** 低保 run as a 上报件: the street's 审核 and 上报 within 7 working days, the county's decision within 8. */
function escalatedSpec(): ServiceItemSpec {
  const s = dibaoSpec();
  s.mode = 'escalated';
  s.flow.stages = s.flow.stages!.filter((stage) => stage.id === 'review');
  s.flow.escalation = { level: '4', department: '青山县民政局', preliminaryDays: 7, superiorDays: 8 };
  return s;
}

/** The facts list as text, one space between a term and its description. */
const facts = (el: OwCase) =>
  [...el.shadowRoot!.querySelector('[part=facts]')!.children]
    .map((child) => child.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');

describe('<ow-case> 容缺受理 and 延长审批', () => {
  test('受理 with a tolerated material owed asks for the signed 容缺承诺书 and sends toleranceCommitment', async () => {
    const el = await mountCase(submitted(), 'window', (e) => {
      e.actor = windowActor;
    });
    const sent: CaseEvent[] = [];
    el.addEventListener('ow-action', (e) => sent.push(e.detail.event));
    const accept = page.getByRole('button', { name: '受理', exact: true });
    await expect.element(accept).toHaveAttribute('aria-expanded', 'false');
    await accept.click();
    // Not sent with one click: the engine would refuse it (tolerance/commitment-required).
    expect(sent).toEqual([]);
    await expect.element(accept).toHaveAttribute('aria-expanded', 'true');
    // What the applicant commits to hand in, and by when (5 working days after 受理 on 2026-03-04).
    await expect.element(page.getByText('残疾人证（2026-03-11 前补交）')).toBeVisible();
    await expectNoAxeViolations(el);

    await page.getByRole('button', { name: '确认受理' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请确认申请人已签署容缺承诺书。');
    const signed = page.getByRole('checkbox', { name: '申请人已签署容缺承诺书' });
    await expect.element(signed).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await signed.click();
    await userEvent.fill(page.getByLabelText('承诺书编号（可选）'), 'RQ-2026-0002');
    await page.getByRole('button', { name: '确认受理' }).click();
    expect(sent).toEqual([
      {
        type: 'ACCEPT',
        actor: windowActor,
        at: '2026-03-04T10:00:00+08:00',
        toleranceCommitment: { signedBy: 'u-zhang', documentId: 'RQ-2026-0002' },
      },
    ]);
  });

  test('受理 stays one click when nothing would be owed', async () => {
    // The disability certificate handed in with the application: nothing is tolerated.
    const complete = caseAfter(spec, [
      {
        ...submitEvent,
        materials: ['applicationForm', 'idCard', 'householdRegister', 'disabilityCert'],
      } as never,
    ]);
    const el = await mountCase(complete, 'window', (e) => {
      e.actor = windowActor;
    });
    const sent: CaseEvent[] = [];
    el.addEventListener('ow-action', (e) => sent.push(e.detail.event));
    await page.getByRole('button', { name: '受理', exact: true }).click();
    expect(sent).toEqual([{ type: 'ACCEPT', actor: windowActor, at: '2026-03-04T10:00:00+08:00' }]);
    expect(el.shadowRoot!.querySelector('form.panel')).toBeNull();
  });

  test('延长审批 is offered only where the item allows it, bounded by its days, with reason and approving head', async () => {
    // An item without timeLimit.extension: no button.
    const plain = await mountCase(accepted(), 'approver', (e) => {
      e.now = '2026-03-20T10:00:00+08:00';
    });
    expect(buttons(plain)).not.toContain('EXTEND');

    const extSpec = extensionSpec();
    const el = await mountCase(
      caseAfter(extSpec, [submitEvent, acceptEvent('2026-03-02T10:00:00+08:00')]),
      'approver',
      (e) => {
        e.spec = extSpec;
        e.mode = 'local';
        e.actor = approver;
        e.now = '2026-03-20T10:00:00+08:00';
      },
    );
    const sent: CaseEvent[] = [];
    el.addEventListener('ow-action', (e) => sent.push(e.detail.event));
    expect(buttons(el)).toEqual(['EXTEND']);
    expect(facts(el)).toContain('办结期限 2026-03-26');
    await page.getByRole('button', { name: '延长审批' }).click();
    await expect
      .element(page.getByText('经本机关负责人批准，可延长 1 次，每次最多 10 个工作日'))
      .toBeVisible();
    const days = page.getByLabelText('延长天数（最多 10 个工作日）');
    await expect.element(days).toHaveAttribute('max', '10');
    await expectNoAxeViolations(el);

    // The engine's verdict on the data, tied to the input it concerns.
    await userEvent.fill(days, '12');
    await page.getByRole('button', { name: '确认延长审批' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请填写延长天数：1 至 10 个工作日。');
    await expect.element(days).toHaveAttribute('aria-invalid', 'true');
    await userEvent.fill(days, '10');
    await page.getByRole('button', { name: '确认延长审批' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请填写理由。');
    await userEvent.fill(page.getByLabelText(/延长理由/), '需补充入户调查');
    await page.getByRole('button', { name: '确认延长审批' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请填写批准延长的负责人。');
    await expect.element(page.getByLabelText('批准延长的负责人')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await userEvent.fill(page.getByLabelText('批准延长的负责人'), '赵局长');
    await page.getByRole('button', { name: '确认延长审批' }).click();
    expect(sent).toEqual([
      {
        type: 'EXTEND',
        actor: approver,
        at: '2026-03-20T10:00:00+08:00',
        days: 10,
        reason: '需补充入户调查',
        approvedBy: '赵局长',
      },
    ]);
    // The clock runs on against the extended deadline; the item allows one extension only.
    expect(el.case!.snapshot.context.extensions).toHaveLength(1);
    await expect.poll(() => facts(el)).toContain('办结期限 2026-04-10（含延长审批 10 个工作日）');
    expect(facts(el)).toContain('法定期限 2026-04-30');
    expect(buttons(el)).toEqual([]);
  });

  test('延长审批 after the deadline: the engine refuses, and says why', async () => {
    const extSpec = extensionSpec();
    const el = await mountCase(
      caseAfter(extSpec, [submitEvent, acceptEvent('2026-03-02T10:00:00+08:00')]),
      'approver',
      (e) => {
        e.spec = extSpec;
        e.actor = approver;
        e.now = '2026-03-27T10:00:00+08:00';
      },
    );
    const sent = vi.fn();
    el.addEventListener('ow-action', sent);
    await page.getByRole('button', { name: '延长审批' }).click();
    await userEvent.fill(page.getByLabelText('延长天数（最多 10 个工作日）'), '5');
    await userEvent.fill(page.getByLabelText(/延长理由/), '需补充入户调查');
    await userEvent.fill(page.getByLabelText('批准延长的负责人'), '赵局长');
    await page.getByRole('button', { name: '确认延长审批' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('操作未执行：办理期限已于 2026-03-26 届满，不能再延长');
    // Host mode too: an event the engine refuses is not sent.
    expect(sent).not.toHaveBeenCalled();
  });
});

describe('<ow-case> asks the engine, not its own rules', () => {
  test('host mode: an action the engine would refuse is not sent; the engine’s reason is shown', async () => {
    const atDecision = caseAfter(spec, [
      submitEvent,
      acceptEvent('2026-03-02T10:00:00+08:00'),
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-03T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-04T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-05T10:00:00+08:00' },
    ]);
    const el = await mountCase(atDecision, 'approver', (e) => {
      e.actor = approver;
      e.now = '2026-03-06T10:00:00+08:00';
    });
    const sent = vi.fn();
    el.addEventListener('ow-action', sent);
    await page.getByRole('button', { name: '决定' }).click();
    // A denial without its reasons: the reason box is the one marked, not the decision.
    await page.getByRole('radio', { name: '不予给付' }).click();
    await page.getByRole('button', { name: '确认决定' }).click();
    const reason = el.shadowRoot!.querySelector('textarea[name=reason]')!;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const describedBy = reason.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(describedBy)!.textContent).toBe('作出不予决定时须写明理由。');
    expect(el.shadowRoot!.querySelector('input[name=approved]')!.getAttribute('aria-invalid')).toBe('false');
    // An approval while 残疾人证 is still owed: the engine's refusal, not sent to the host.
    await page.getByRole('radio', { name: '给付', exact: true }).click();
    await page.getByRole('button', { name: '确认决定' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('操作未执行：容缺材料尚未补齐：残疾人证');
    expect(sent).not.toHaveBeenCalled();
  });

  test('a denial is issued and served: 出件 asks for the decision document’s number', async () => {
    const denied = caseAfter(spec, [
      submitEvent,
      acceptEvent('2026-03-02T10:00:00+08:00'),
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-03T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-04T10:00:00+08:00' },
      { type: 'COMPLETE_STAGE', actor: reviewer, at: '2026-03-05T10:00:00+08:00' },
      {
        type: 'DECIDE',
        actor: approver,
        at: '2026-03-06T10:00:00+08:00',
        approved: false,
        reason: '家庭人均收入高于当地低保标准',
      } as never,
    ]);
    const el = await mountCase(denied, 'window', (e) => {
      e.mode = 'local';
      e.actor = windowActor;
      e.now = '2026-03-09T10:00:00+08:00';
    });
    await expect.element(page.getByRole('status')).toHaveTextContent('不予给付');
    expect(buttons(el)).toEqual(['ISSUE']);
    await page.getByRole('button', { name: '出件' }).click();
    await userEvent.fill(page.getByLabelText('决定书文号（可选）'), '青民不字〔2026〕3号');
    await page.getByRole('button', { name: '确认出件' }).click();
    expect(el.case!.snapshot.value).toBe('issued');
    expect(buttons(el)).toEqual(['DELIVER']);
  });

  test('逾期未补正 before the correction period ends: refused by the engine with the period’s end', async () => {
    const correcting = caseAfter(spec, [
      submitEvent,
      {
        type: 'REQUEST_CORRECTION',
        actor: windowActor,
        at: '2026-03-02T10:00:00+08:00',
        items: [{ materialId: 'idCard', reason: '身份证复印件不清晰' }],
      } as never,
    ]);
    const el = await mountCase(correcting, 'window', (e) => {
      e.actor = windowActor;
    });
    const sent = vi.fn();
    el.addEventListener('ow-action', sent);
    expect(facts(el)).toContain('补正期限 申请人须在 2026-04-01 前补正；逾期视为撤回申请');
    await page.getByRole('button', { name: '逾期未补正（视为撤回）' }).click();
    await page.getByRole('button', { name: '确认逾期未补正（视为撤回）' }).click();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('操作未执行：补正期限至 2026-04-01 届满，届满前不能视为撤回');
    expect(sent).not.toHaveBeenCalled();
  });

  test('a case shown with a spec whose content changed is refused with the engine’s reason, not a crash', async () => {
    const edited = dibaoSpec();
    edited.timeLimit.promised = 10; // same id and revision, other content
    const el = await mountCase(submitted(), 'window', (e) => {
      e.spec = edited;
    });
    const error = el.shadowRoot!.querySelector('[part=case-error]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('内容已与办件所依据的不同');
    expect(el.availableActions()).toEqual([]);
    expect(buttons(el)).toEqual([]);
  });
});

describe('<ow-case> clock facts', () => {
  test('the current stage’s own due date and light', async () => {
    const el = await mountCase(accepted(), 'reviewer');
    expect(facts(el)).toContain('当前环节 审核（5 个工作日）：2026-03-09 前办结');
    const stageLight = el.shadowRoot!.querySelector('[part=stage-light]')!;
    expect(stageLight.getAttribute('data-light')).toBe('green');
    expect(stageLight.textContent).toBe('正常（绿灯）');
    el.now = '2026-03-11T10:00:00+08:00';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=stage-light]')!.getAttribute('data-light')).toBe('red');
    expect(facts(el)).toContain('已超出本环节时限 2 个工作日');
  });

  test('上报件: each level has its own limit, due date and light', async () => {
    const esc = escalatedSpec();
    const escalated = caseAfter(esc, [
      submitEvent,
      acceptEvent('2026-03-02T10:00:00+08:00'),
      { type: 'ESCALATE', actor: reviewer, at: '2026-03-06T10:00:00+08:00' },
    ]);
    const el = await mountCase(
      caseAfter(esc, [submitEvent, acceptEvent('2026-03-02T10:00:00+08:00')]),
      'reviewer',
      (e) => {
        e.spec = esc;
      },
    );
    expect(facts(el)).toContain('本级时限（初审、上报） 7 个工作日，2026-03-11 前上报');
    expect(facts(el)).toContain('上级审批时限 8 个工作日，上报后开始计时');
    expect(el.shadowRoot!.querySelector('[part=level-light]')!.getAttribute('data-light')).toBe('green');

    el.case = escalated;
    el.role = 'superior';
    el.now = '2026-03-19T10:00:00+08:00';
    await el.updateComplete;
    expect(facts(el)).toContain('本级时限（初审、上报） 7 个工作日，已于 2026-03-06 上报，用时 4 个工作日');
    expect(facts(el)).toContain('上级审批时限 8 个工作日，2026-03-18 前作出决定');
    const lights = [...el.shadowRoot!.querySelectorAll('[part=level-light]')];
    expect(lights.map((l) => l.getAttribute('data-light'))).toEqual(['red']);
    expect(lights[0]!.textContent).toBe('已超期（红灯）');
    await expectNoAxeViolations(el);
  });

  test('before 受理: the 受理 limit of an online application', async () => {
    const online = caseAfter(spec, [{ ...submitEvent, channel: 'online' } as never]);
    const el = await mountCase(online, 'window');
    expect(facts(el)).toContain('受理后开始计时');
    expect(facts(el)).toContain(
      '受理时限 2026-03-09 前须受理、一次性告知补正或不予受理；逾期自收到申请之日起视为受理',
    );
    el.now = '2026-03-10T10:00:00+08:00';
    await el.updateComplete;
    expect(facts(el)).toContain('受理时限 已于 2026-03-09 届满：自收到申请之日起视为受理');
  });

  test('a running 特别程序 against its declared maximum', async () => {
    const suspended = caseAfter(spec, [
      submitEvent,
      acceptEvent('2026-03-02T10:00:00+08:00'),
      {
        type: 'SUSPEND',
        actor: reviewer,
        at: '2026-03-03T10:00:00+08:00',
        kind: 'publicNotice',
        reason: '公示',
      } as never,
    ]);
    const el = await mountCase(suspended, 'reviewer', (e) => {
      e.now = '2026-03-10T10:00:00+08:00';
    });
    expect(facts(el)).toContain(
      '特别程序 公示：自 2026-03-03 起已 5 个工作日（最长 7 个工作日，至 2026-03-12）',
    );
    expect(facts(el)).not.toContain('已超过最长期限');
    el.now = '2026-03-16T10:00:00+08:00';
    await el.updateComplete;
    expect(facts(el)).toContain('已超过最长期限 2 个工作日');
    expect(facts(el)).toContain('暂停计时：特别程序');
  });

  test('natural-day limits and 无法定时限, in Chinese and English', async () => {
    const natural = dibaoSpec();
    natural.timeLimit = { legal: null, promised: 18, unit: 'naturalDays' };
    const caseData = caseAfter(natural, [submitEvent, acceptEvent('2026-03-02T10:00:00+08:00')]);
    const el = await mountCase(caseData, 'reviewer', (e) => {
      e.spec = natural;
    });
    expect(facts(el)).toContain('承诺时限 18日（自然日）');
    expect(facts(el)).toContain('办结期限 2026-03-20');
    expect(facts(el)).toContain('法定期限 无法定时限');
    expect(facts(el)).toContain('已用 2 日，剩余 16 日');
    el.lang = 'en';
    await el.updateComplete;
    expect(facts(el)).toContain('Legal deadline No statutory limit');
    expect(facts(el)).toContain('2 calendar days used, 16 left');
    await expectNoAxeViolations(el);
  });

  test('一次一评: while the case runs, the applicant rates the 受理 service, and the event names that contact', async () => {
    const el = await mountCase(accepted(), 'applicant', (e) => {
      e.mode = 'local';
      e.actor = { id: accepted().snapshot.context.applicantId ?? 'applicant', role: 'applicant' };
    });
    expect(buttons(el)).toContain('EVALUATE');
    await page.getByRole('button', { name: '评价', exact: true }).click();
    await expect.element(page.getByText('评价对象：受理服务（一次一评）')).toBeVisible();
    const seen = vi.fn();
    el.addEventListener('ow-action', (e) => seen(e.detail.event));
    await page.getByRole('radio', { name: '满意', exact: true }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(seen).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'EVALUATE', score: 2, contact: 'acceptance' }),
    );
    expect(el.case!.snapshot.context.contactRatings).toEqual([
      expect.objectContaining({ contact: 'acceptance', score: 2 }),
    ]);
  });
});
