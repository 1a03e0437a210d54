import { allowedEvents, type Case } from '@onewindow/engine';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import {
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
const accepted = () =>
  caseAfter(spec, [submitEvent, { type: 'ACCEPT', actor: windowActor, at: '2026-03-02T10:00:00+08:00' }]);

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
    const lateAccepted = caseAfter(spec, [
      submitEvent,
      { type: 'ACCEPT', actor: windowActor, at: '2026-12-28T10:00:00+08:00' },
    ]);
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
    await page.getByRole('button', { name: '受理', exact: true }).click();
    expect(el.case!.snapshot.value).toBe('accepted.review');
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
      { type: 'ACCEPT', actor: windowActor, at: '2026-03-02T10:00:00+08:00' },
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
