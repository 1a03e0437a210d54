import type { Material } from '@onewindow/spec';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import type { MaterialsValue } from '../../events/OwMaterialsChangeEvent.js';
import type { ELicenseProvider, UploadHook } from './ow-materials.js';
import './ow-materials.js';

const pdf = (name: string, bytes = 1024) =>
  new File([new Uint8Array(bytes).fill(37)], name, { type: 'application/pdf' });
const png = (name: string, bytes = 1024) =>
  new File([new Uint8Array(bytes).fill(1)], name, { type: 'image/png' });

/** An upload hook that keeps the files in memory, as a host would store them. */
function memoryUpload() {
  const stored: { file: File; material: Material }[] = [];
  const upload: UploadHook = async (file, material) => {
    stored.push({ file, material });
    return {
      id: `f${stored.length}`,
      name: file.name,
      size: file.size,
      type: file.type,
      url: `/files/f${stored.length}`,
    };
  };
  return { stored, upload: vi.fn(upload) };
}

const materialIds = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('fieldset.material')].map((f) => f.getAttribute('data-material'));

describe('<ow-materials>', () => {
  test('has no axe violations', async () => {
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.formData = { household: { hasDisabledMember: true } };
    });
    await expectNoAxeViolations(el);
  });

  test('recomputes the needed materials as the form data changes', async () => {
    const changes: MaterialsValue[] = [];
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.formData = {};
      e.addEventListener('ow-materials-change', (ev) => changes.push(ev.detail.materials));
    });
    expect(materialIds(el)).toEqual(['applicationForm', 'idCard', 'householdRegister', 'incomeStatement']);
    el.formData = { household: { hasDisabledMember: true, hasSeriousIllness: false } };
    await el.updateComplete;
    expect(materialIds(el)).toContain('disabilityCert');
    expect(materialIds(el)).not.toContain('medicalRecords');
    expect(el.materials.disabilityCert).toEqual({ status: 'missing' });
    expect(Object.keys(changes.at(-1)!)).toContain('disabilityCert');
    el.formData = { household: { hasDisabledMember: false } };
    await el.updateComplete;
    expect(materialIds(el)).not.toContain('disabilityCert');
    expect(el.materials).not.toHaveProperty('disabilityCert');
  });

  test('uploads a good file through the host hook and records only its metadata', async () => {
    const { stored, upload } = memoryUpload();
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.upload = upload;
    });
    const onChange = vi.fn();
    el.addEventListener('ow-materials-change', (e) => onChange(e.detail.materials));
    await userEvent.upload(page.getByLabelText('选择文件：最低生活保障申请书'), pdf('申请书.pdf'));
    await expect.element(page.getByText('已上传（1 个文件）')).toBeVisible();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.file.name).toBe('申请书.pdf');
    expect(stored[0]!.material.id).toBe('applicationForm');
    expect(el.materials.applicationForm).toEqual({
      status: 'uploaded',
      files: [{ id: 'f1', name: '申请书.pdf', size: 1024, type: 'application/pdf', url: '/files/f1' }],
    });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ applicationForm: el.materials.applicationForm }),
    );
    expect(JSON.stringify(el.materials)).not.toMatch(/base64|data:/);

    await page.getByRole('button', { name: '删除 申请书.pdf' }).click();
    expect(el.materials.applicationForm).toEqual({ status: 'missing' });
  });

  test('refuses a file of the wrong type or too large, with Chinese messages', async () => {
    const { upload } = memoryUpload();
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.upload = upload;
    });
    const input = page.getByLabelText('选择文件：家庭收入及财产状况声明');
    await expect.element(input).toHaveAttribute('accept', 'application/pdf');
    await userEvent.upload(input, png('声明.png'));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('“声明.png”的格式不支持，请上传 PDF 格式的文件。');
    await userEvent.upload(page.getByLabelText('选择文件：居民身份证'), png('身份证.png', 3 * 1024 * 1024));
    await expect
      .element(page.getByText('“身份证.png”超过 2 MB 的大小限制，请压缩后重新上传。'))
      .toBeVisible();
    expect(upload).not.toHaveBeenCalled();
    expect(el.materials.incomeStatement?.status).toBe('missing');
    expect(el.materials.idCard?.status).toBe('missing');
  });

  test('without an upload hook, files are not kept and the page says so', async () => {
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
    });
    await userEvent.upload(page.getByLabelText('选择文件：最低生活保障申请书'), pdf('申请书.pdf'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('未配置文件上传服务');
    expect(el.materials.applicationForm?.status).toBe('missing');
  });

  test('容缺 and 告知承诺 choices appear only where the spec allows them', async () => {
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.formData = { household: { hasDisabledMember: true } };
    });
    const disability = page.getByRole('group', { name: /残疾人证/ });
    await disability.getByRole('radio', { name: /后补/ }).click();
    expect(el.materials.disabilityCert).toEqual({ status: 'tolerated' });
    await expect.element(disability.getByText('后补（容缺受理）')).toBeVisible();
    await page
      .getByRole('group', { name: /家庭收入及财产状况声明/ })
      .getByRole('radio', { name: /承诺替代/ })
      .click();
    expect(el.materials.incomeStatement).toEqual({ status: 'committed' });
    const idCard = el.shadowRoot!.querySelector('fieldset[data-material=idCard]')!;
    expect(idCard.querySelector('input[type=radio]')).toBeNull();
    // Back to uploading: the material is missing again until a file arrives.
    await disability.getByRole('radio', { name: '上传材料' }).click();
    expect(el.materials.disabilityCert).toEqual({ status: 'missing' });
  });

  test('the e-licence provider marks 免证 materials as supplied', async () => {
    const provider = vi.fn<ELicenseProvider>(async (material, context) => {
      expect((context.formData as { applicant: { idNumber: string } }).applicant.idNumber).toBe(
        '11010519491231002X',
      );
      return material.id === 'idCard' ? { licenseNo: 'E-110105-0001', name: '居民身份证' } : null;
    });
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.formData = { applicant: { idNumber: '11010519491231002X' } };
      e.eLicenseProvider = provider;
    });
    await expect
      .element(page.getByText('已通过电子证照获取（居民身份证，证照编号 E-110105-0001）'))
      .toBeVisible();
    expect(el.materials.idCard).toEqual({
      status: 'eLicense',
      license: { licenseNo: 'E-110105-0001', name: '居民身份证' },
    });
    expect(provider.mock.calls.map(([m]) => m.id).sort()).toEqual(['householdRegister', 'idCard']);
    await expect.element(page.getByText('未在电子证照库中找到该证照，请上传材料。')).toBeVisible();
    expect(el.materials.householdRegister?.status).toBe('missing');
    expect(el.shadowRoot!.querySelector('#file-idCard')).toBeNull();
  });

  test('checkValidity lists the required materials still missing', async () => {
    const { upload } = memoryUpload();
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
      e.upload = upload;
    });
    expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('以下必要材料尚未提交');
    expect(
      summary
        .getByRole('listitem')
        .elements()
        .map((li) => li.textContent),
    ).toEqual(['最低生活保障申请书', '居民身份证', '居民户口簿', '家庭收入及财产状况声明']);
    await userEvent.upload(page.getByLabelText('选择文件：最低生活保障申请书'), pdf('申请书.pdf'));
    await userEvent.upload(page.getByLabelText('选择文件：居民身份证'), png('身份证.png'));
    await userEvent.upload(page.getByLabelText('选择文件：居民户口簿'), png('户口簿.png'));
    await expect.element(page.getByText('已上传（1 个文件）').nth(2)).toBeVisible();
    expect(el.missingMaterials().map((m) => m.id)).toEqual(['incomeStatement']);
    await page.getByRole('radio', { name: /承诺替代/ }).click();
    expect(el.checkValidity()).toBe(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=summary]')).toBeNull();
  });

  test('lang="en" switches texts', async () => {
    await mount('ow-materials', (e) => {
      e.lang = 'en';
      e.spec = dibaoSpec();
    });
    await expect.element(page.getByLabelText('Choose a file: Resident identity card')).toBeVisible();
    await expect.element(page.getByText('Not supplied').first()).toBeVisible();
  });

  test('elder mode makes the text larger', async () => {
    const el = await mount('ow-materials', (e) => {
      e.spec = dibaoSpec();
    });
    const legend = el.shadowRoot!.querySelector('legend')!;
    const normal = Number.parseFloat(getComputedStyle(legend).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(legend).fontSize)).toBeGreaterThan(normal);
  });
});
