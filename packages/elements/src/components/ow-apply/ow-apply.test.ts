import type { ServiceItemSpec } from '@onewindow/spec';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import type { OwSubmitDetail } from '../../events/OwSubmitEvent.js';
import type { UploadHook } from '../ow-materials/ow-materials.js';
import { applyDraftKey } from './applyDraft.js';
import type { OwApply } from './ow-apply.js';
import './ow-apply.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; import?: string }): Record<string, T>;
  }
}

const exampleSpecs = import.meta.glob<ServiceItemSpec>('../../../../../examples/specs/*.json', {
  eager: true,
  import: 'default',
});

const draftKey = applyDraftKey('dibao-apply', '2026-03');

const upload: UploadHook = async (file) => ({
  id: `id-${file.name}`,
  name: file.name,
  size: file.size,
  type: file.type,
});
const pdf = (name: string) => new File(['%PDF-1.4 test'], name, { type: 'application/pdf' });
const png = (name: string) => new File([new Uint8Array(64)], name, { type: 'image/png' });

function currentStep(el: OwApply): string {
  return el.shadowRoot!.querySelector('[aria-current=step]')?.textContent?.trim() ?? '';
}

async function mountApply(setup: (el: OwApply) => void = () => {}): Promise<OwApply> {
  return mount('ow-apply', (e) => {
    e.spec = dibaoSpec();
    e.upload = upload;
    setup(e);
  });
}

async function fillApplicant(): Promise<void> {
  await userEvent.fill(page.getByLabelText('姓名'), '张秀英');
  await userEvent.fill(page.getByLabelText('公民身份号码'), '11010519491231002X');
  await userEvent.fill(page.getByLabelText('联系电话'), '13812345678');
}

beforeEach(() => {
  localStorage.removeItem(draftKey);
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.removeItem(draftKey);
});

describe('<ow-apply>', () => {
  test('has no axe violations on the guide, form and review steps', async () => {
    const el = await mountApply();
    await expectNoAxeViolations(el);
    await page.getByRole('button', { name: '开始申请' }).click();
    await expectNoAxeViolations(el);
    el.step = 4;
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  test('walks guide → form steps → materials → review and submits ow-submit with everything', async () => {
    const el = await mountApply();
    const submitted: OwSubmitDetail[] = [];
    el.addEventListener('ow-submit', (e) => submitted.push(e.detail));
    expect(currentStep(el)).toBe('阅读办事指南');
    await expect.element(page.getByRole('heading', { name: '城乡居民最低生活保障申请' })).toBeVisible();
    await page.getByRole('button', { name: '开始申请' }).click();
    expect(currentStep(el)).toBe('申请人');

    // Per-step validation: an empty step does not advance.
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('申请人');
    await fillApplicant();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('家庭情况');

    await userEvent.fill(page.getByLabelText('共同生活家庭成员人数'), '3');
    await userEvent.fill(page.getByLabelText('家庭月收入（元）'), '800');
    await page.getByLabelText('家庭成员中有残疾人').click();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('上传材料');

    // Materials: the disability certificate is needed now; nothing supplied yet blocks the step.
    await expect.element(page.getByRole('group', { name: /残疾人证/ })).toBeVisible();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('上传材料');
    await userEvent.upload(page.getByLabelText('选择文件：最低生活保障申请书'), pdf('申请书.pdf'));
    await userEvent.upload(page.getByLabelText('选择文件：居民身份证'), png('身份证.png'));
    await userEvent.upload(page.getByLabelText('选择文件：居民户口簿'), png('户口簿.png'));
    await page
      .getByRole('group', { name: /家庭收入及财产状况声明/ })
      .getByRole('radio', { name: /承诺替代/ })
      .click();
    await page
      .getByRole('group', { name: /残疾人证/ })
      .getByRole('radio', { name: /后补/ })
      .click();
    await expect.element(page.getByText('已上传（1 个文件）').nth(2)).toBeVisible();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('确认提交');

    const review = page.getByRole('region', { name: /申请人/ });
    await expect.element(review).toHaveTextContent(/申请人 · 姓名\s*张秀英/);
    await expect
      .element(page.getByRole('region', { name: /家庭情况/ }))
      .toHaveTextContent(/家庭成员中有残疾人\s*是/);
    const materials = page.getByRole('region', { name: /申请材料/ });
    await expect.element(materials).toHaveTextContent(/居民身份证\s*已上传（身份证.png）/);
    await expect.element(materials).toHaveTextContent(/残疾人证\s*后补（容缺受理）/);
    await expect.element(materials).toHaveTextContent(/家庭收入及财产状况声明\s*承诺替代（告知承诺）/);

    await page.getByRole('button', { name: '提交申请' }).click();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toEqual({
      specId: 'dibao-apply',
      specRevision: '2026-03',
      formData: expect.objectContaining({
        applicant: { name: '张秀英', idNumber: '11010519491231002X', phone: '13812345678' },
        household: expect.objectContaining({ members: 3, monthlyIncome: 800, hasDisabledMember: true }),
      }),
      materials: {
        applicationForm: {
          status: 'uploaded',
          files: [{ id: 'id-申请书.pdf', name: '申请书.pdf', size: 13, type: 'application/pdf' }],
        },
        idCard: { status: 'uploaded', files: [expect.objectContaining({ name: '身份证.png' })] },
        householdRegister: { status: 'uploaded', files: [expect.objectContaining({ name: '户口簿.png' })] },
        incomeStatement: { status: 'committed' },
        disabilityCert: { status: 'tolerated' },
      },
    });
    await expect.element(page.getByRole('status')).toHaveTextContent('申请已提交');
    expect(localStorage.getItem(draftKey)).toBeNull();
  });

  test('the stepper marks the current step with aria-current and back returns', async () => {
    const el = await mountApply();
    const steps = el.shadowRoot!.querySelectorAll('ol.stepper li');
    expect([...steps].map((s) => s.textContent?.trim())).toEqual([
      '阅读办事指南',
      '申请人',
      '家庭情况',
      '上传材料',
      '确认提交',
    ]);
    await page.getByRole('button', { name: '开始申请' }).click();
    expect(el.shadowRoot!.querySelectorAll('[aria-current=step]')).toHaveLength(1);
    expect(steps[0]!.textContent).toContain('（已完成）');
    await page.getByRole('button', { name: '上一步' }).click();
    expect(currentStep(el)).toBe('阅读办事指南');
  });

  test('a draft survives a reload: 继续填写 restores the values and the step', async () => {
    let el = await mountApply();
    await page.getByRole('button', { name: '开始申请' }).click();
    await userEvent.fill(page.getByLabelText('姓名'), '李建国');
    await vi.waitFor(() => expect(localStorage.getItem(draftKey)).toContain('李建国'));
    const saved = JSON.parse(localStorage.getItem(draftKey)!);
    expect(saved).toMatchObject({ formData: { applicant: { name: '李建国' } }, step: 1 });

    // "Reload": remove the element and mount a new one with the same spec.
    el.remove();
    el = await mountApply();
    await expect.element(page.getByRole('region', { name: '发现未完成的申请' })).toBeVisible();
    expect(el.shadowRoot!.querySelector('ow-form')).toBeNull();
    await page.getByRole('button', { name: '继续填写' }).click();
    expect(currentStep(el)).toBe('申请人');
    await expect.element(page.getByLabelText('姓名')).toHaveValue('李建国');
  });

  test('重新填写 discards the draft and starts from the guide', async () => {
    localStorage.setItem(
      draftKey,
      JSON.stringify({
        formData: { applicant: { name: '王芳' } },
        materials: {},
        step: 2,
        savedAt: '2026-03-02T08:00:00Z',
      }),
    );
    const el = await mountApply();
    await page.getByRole('button', { name: '重新填写' }).click();
    expect(localStorage.getItem(draftKey)).toBeNull();
    expect(currentStep(el)).toBe('阅读办事指南');
    await page.getByRole('button', { name: '开始申请' }).click();
    await expect.element(page.getByLabelText('姓名')).toHaveValue('');
  });

  test('a draft of another revision is not offered', async () => {
    localStorage.setItem(
      applyDraftKey('dibao-apply', '2025-01'),
      JSON.stringify({ formData: { applicant: { name: '旧版' } }, materials: {}, step: 1, savedAt: '' }),
    );
    const el = await mountApply();
    expect(el.shadowRoot!.querySelector('[part=draft-prompt]')).toBeNull();
    localStorage.removeItem(applyDraftKey('dibao-apply', '2025-01'));
  });

  test('submit refuses when the form is incomplete', async () => {
    const el = await mountApply();
    const onSubmit = vi.fn();
    el.addEventListener('ow-submit', onSubmit);
    el.step = 4;
    await el.updateComplete;
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('申请表还有未填写或填写有误的内容');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a host-supplied validator (e.g. a precompiled one) decides the steps and the submission', async () => {
    const seen: unknown[] = [];
    const el = await mountApply((e) => {
      e.validator = {
        validate(data) {
          seen.push(data);
          return [
            { pointer: '/applicant/name', keyword: 'blacklist', params: {}, message: '该姓名需到窗口核实' },
          ];
        },
      };
    });
    await page.getByRole('button', { name: '开始申请' }).click();
    await fillApplicant();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(currentStep(el)).toBe('申请人');
    await expect.element(page.getByText('该姓名需到窗口核实').first()).toBeVisible();
    expect(seen.length).toBeGreaterThan(0);
    el.step = 4;
    await el.updateComplete;
    expect(el.submit()).toBe(false);
  });

  test('lang="en" switches texts, down to the inner form', async () => {
    await mountApply((e) => {
      e.lang = 'en';
    });
    await expect.element(page.getByRole('button', { name: 'Start the application' })).toBeVisible();
    await page.getByRole('button', { name: 'Start the application' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.element(page.getByRole('heading', { name: /Applicant/ })).toBeVisible();
    await expect.element(page.getByText('This field is required').first()).toBeVisible();
  });

  test('elder mode makes the text larger, also inside the steps', async () => {
    const el = await mountApply();
    const step = el.shadowRoot!.querySelector('ol.stepper li')!;
    const normal = Number.parseFloat(getComputedStyle(step).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(step).fontSize)).toBeGreaterThan(normal);
    expect(el.shadowRoot!.querySelector('ow-guide')!.hasAttribute('elder')).toBe(true);
  });

  test('every example item gets a stepper of guide, its form steps, materials and review', async () => {
    for (const [file, spec] of Object.entries(exampleSpecs)) {
      localStorage.removeItem(applyDraftKey(spec.id, spec.revision));
      const el = await mount('ow-apply', (e) => {
        e.spec = structuredClone(spec);
        e.noDraft = true;
      });
      const steps = el.shadowRoot!.querySelectorAll('ol.stepper li');
      expect(steps.length, file).toBe(spec.form.steps.length + 3);
      el.step = 1;
      await el.updateComplete;
      const form = el.shadowRoot!.querySelector('ow-form')!;
      await form.updateComplete;
      expect(form.fields, file).toEqual(spec.form.steps[0]!.fields);
      expect(form.shadowRoot!.querySelectorAll('input, select, textarea').length, file).toBeGreaterThan(0);
    }
  });
});
