import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { caseAfter, fullLife } from '../../../test-fixtures/cases.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import './ow-evaluation.js';

describe('<ow-evaluation>', () => {
  test('has no axe violations, also after a validation error', async () => {
    const el = await mount('ow-evaluation');
    await expectNoAxeViolations(el);
    await page.getByRole('radio', { name: '非常不满意' }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.element(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(el);
  });

  test('offers the five levels in national order inside a fieldset', async () => {
    const el = await mount('ow-evaluation');
    const labels = [...el.shadowRoot!.querySelectorAll('fieldset label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    await expect.element(page.getByRole('group', { name: /好差评/ })).toBeVisible();
  });

  test('a good rating is submitted without a comment, then the form is disabled', async () => {
    const el = await mount('ow-evaluation');
    const onEvaluate = vi.fn();
    el.addEventListener('ow-evaluate', (e) => onEvaluate(e.detail));
    await page.getByRole('radio', { name: '满意', exact: true }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(onEvaluate).toHaveBeenCalledExactlyOnceWith({ score: 2, comment: '' });
    await expect.element(page.getByRole('status')).toHaveTextContent('感谢您的评价：满意。');
    await expect.element(page.getByRole('radio', { name: '非常满意' })).toBeDisabled();
    await expect.element(page.getByRole('textbox')).toBeDisabled();
    expect(el.submit()).toBe(false);
    expect(onEvaluate).toHaveBeenCalledTimes(1);
  });

  test('不满意 needs a comment: error first, event once the reason is typed', async () => {
    const el = await mount('ow-evaluation');
    const onEvaluate = vi.fn();
    el.addEventListener('ow-evaluate', (e) => onEvaluate(e.detail));
    await page.getByRole('radio', { name: '不满意', exact: true }).click();
    await expect.element(page.getByLabelText('评价意见（必填）')).toBeVisible();
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请填写评价意见');
    await expect.element(page.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(onEvaluate).not.toHaveBeenCalled();

    await userEvent.fill(page.getByRole('textbox'), '窗口排队时间太长');
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(onEvaluate).toHaveBeenCalledExactlyOnceWith({ score: 4, comment: '窗口排队时间太长' });
    expect(el.submitted).toBe(true);
  });

  test('a blank comment does not count for 非常不满意', async () => {
    const el = await mount('ow-evaluation');
    const onEvaluate = vi.fn();
    el.addEventListener('ow-evaluate', onEvaluate);
    await page.getByRole('radio', { name: '非常不满意' }).click();
    await userEvent.fill(page.getByRole('textbox'), '   ');
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(onEvaluate).not.toHaveBeenCalled();
    expect(el.checkValidity()).toBe(false);
  });

  test('submitting with no choice asks for a level', async () => {
    await mount('ow-evaluation');
    await page.getByRole('button', { name: '提交评价' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('请选择评价等级。');
  });

  test('a case that was rated already shows its rating, read-only', async () => {
    const el = await mount('ow-evaluation', (e) => {
      e.case = caseAfter(dibaoSpec(), fullLife);
    });
    expect(el.submitted).toBe(true);
    await expect.element(page.getByRole('status')).toHaveTextContent('感谢您的评价：满意。');
    await expect.element(page.getByRole('radio', { name: '满意', exact: true })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: '满意', exact: true })).toBeDisabled();
  });

  test('lang="en" switches texts', async () => {
    await mount('ow-evaluation', (el) => {
      el.lang = 'en';
    });
    await expect.element(page.getByRole('radio', { name: 'Very dissatisfied' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Submit rating' })).toBeVisible();
  });

  test('elder mode makes the text larger', async () => {
    const el = await mount('ow-evaluation');
    const label = el.shadowRoot!.querySelector('label.option')!;
    const normal = Number.parseFloat(getComputedStyle(label).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(label).fontSize)).toBeGreaterThan(normal);
  });
});
