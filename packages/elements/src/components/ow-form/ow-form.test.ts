import { type AjvStandaloneFunction, fromAjvStandalone } from '@onewindow/spec';
import { html } from 'lit';
import { describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { mount } from '../../../test-fixtures/mount.js';
import { registerRenderer, rendererRegistry } from '../../form/rendererRegistry.js';
import { rankWith } from '../../form/testers.js';
import type { JsonSchema, UiSchema } from '../../form/types.js';
import { OwForm } from './ow-form.js';

/** A 居住证申领-like form exercising most features. */
const schema: JsonSchema = {
  type: 'object',
  title: '居住证申领表',
  required: ['name', 'idNumber', 'mobile'],
  definitions: {
    address: {
      type: 'object',
      title: '居住地址',
      required: ['district'],
      properties: {
        district: {
          type: 'string',
          title: '区',
          oneOf: [
            { const: 'xihu', title: '西湖区' },
            { const: 'binjiang', title: '滨江区' },
          ],
        },
        street: { type: 'string', title: '街道门牌' },
      },
    },
  },
  properties: {
    name: { type: 'string', title: '姓名', minLength: 2 },
    idNumber: { type: 'string', title: '身份证号', format: 'cn-id-card' },
    mobile: { type: 'string', title: '手机号码', format: 'cn-mobile' },
    email: { type: 'string', title: '电子邮箱', format: 'email' },
    birthDate: { type: 'string', title: '出生日期', format: 'date' },
    gender: { type: 'string', title: '性别', enum: ['男', '女'] },
    years: { type: 'integer', title: '居住年限', minimum: 0 },
    address: { $ref: '#/definitions/address' },
    married: { type: 'boolean', title: '已婚' },
    remark: { type: 'string', title: '备注' },
    secret: { type: 'string', title: '内部编号', default: 'X-1' },
  },
  if: { properties: { married: { const: true } }, required: ['married'] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
  then: { properties: { spouseName: { type: 'string', title: '配偶姓名' } }, required: ['spouseName'] },
};

const uiSchema: UiSchema = {
  'ui:order': ['name', 'idNumber', 'mobile', '*', 'remark'],
  gender: { 'ui:widget': 'radio', 'ui:options': { inline: true } },
  remark: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 }, 'ui:help': '可填写其他情况' },
  secret: { 'ui:widget': 'hidden' },
  name: { 'ui:placeholder': '与身份证一致', 'ui:description': '申请人本人姓名' },
};

const validId = '11010519491231002X';
const badChecksumId = '110105194912310021';

async function mountForm(setup: (el: OwForm) => void = () => {}): Promise<OwForm> {
  return mount('ow-form', (el) => {
    el.schema = schema;
    el.uiSchema = uiSchema;
    setup(el);
  });
}

const root = (el: OwForm) => el.shadowRoot!;
const input = (el: OwForm, label: string) =>
  root(el).querySelector<HTMLInputElement>(
    `#${CSS.escape([...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().replace(/\*$/, '') === label)!.htmlFor)}`,
  )!;

describe('<ow-form>', () => {
  test('has no axe violations, also with errors shown', async () => {
    const el = await mountForm();
    await expectNoAxeViolations(el);
    el.submit();
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  test('renders labelled controls for each widget, in ui:order, with defaults and hidden fields', async () => {
    const el = await mountForm();
    const labels = [...root(el).querySelectorAll('label.label, legend.label')].map((l) =>
      l.textContent?.trim().replace(/\*$/, ''),
    );
    expect(labels.slice(0, 3)).toEqual(['姓名', '身份证号', '手机号码']);
    expect(labels.at(-1)).toBe('备注');
    expect(labels).not.toContain('内部编号');
    expect((el.formData as Record<string, unknown>).secret).toBe('X-1');
    await expect.element(page.getByLabelText('出生日期')).toHaveAttribute('type', 'date');
    await expect.element(page.getByLabelText('电子邮箱')).toHaveAttribute('type', 'email');
    await expect.element(page.getByLabelText('手机号码')).toHaveAttribute('inputmode', 'tel');
    await expect.element(page.getByLabelText('居住年限')).toHaveAttribute('type', 'number');
    await expect.element(page.getByLabelText('备注')).toHaveAttribute('rows', '4');
    await expect.element(page.getByLabelText('姓名')).toHaveAttribute('placeholder', '与身份证一致');
    await expect.element(page.getByText('申请人本人姓名')).toBeVisible();
    await expect.element(page.getByText('可填写其他情况')).toBeVisible();
    await expect.element(page.getByRole('group', { name: '居住地址' })).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: '区' })).toBeVisible();
    expect(root(el).querySelectorAll('input[type=radio]')).toHaveLength(2);
  });

  test('typing updates formData path-locally and fires ow-change with lazy full errors', async () => {
    const el = await mountForm();
    const changes: { formData: unknown; errors: unknown[] }[] = [];
    el.addEventListener('ow-change', (e) =>
      changes.push({ formData: e.detail.formData, errors: e.detail.errors }),
    );
    const before = el.formData as Record<string, unknown>;
    await userEvent.type(page.getByLabelText('姓名'), '张三');
    await userEvent.fill(page.getByLabelText('街道门牌'), '文三路 1 号');
    const data = el.formData as Record<string, Record<string, unknown>>;
    expect(data.name).toBe('张三');
    expect(data.address).toEqual({ street: '文三路 1 号' });
    expect(before.name).toBeUndefined(); // the previous data object was not mutated
    expect(changes.at(-1)!.formData).toBe(el.formData);
    expect(changes.at(-1)!.errors.length).toBeGreaterThan(0); // idNumber, mobile, district still missing
    await userEvent.type(page.getByLabelText('居住年限'), '3');
    expect((el.formData as Record<string, unknown>).years).toBe(3);
  });

  test('select (oneOf const labels), radio and checkbox set their values', async () => {
    const el = await mountForm();
    await userEvent.selectOptions(page.getByRole('combobox', { name: '区' }), '滨江区');
    await page.getByRole('radio', { name: '女' }).click();
    await page.getByRole('checkbox', { name: '已婚' }).click();
    const data = el.formData as Record<string, Record<string, unknown>>;
    expect(data.address!.district).toBe('binjiang');
    expect(data.gender).toBe('女');
    expect(data.married).toBe(true);
  });

  test('if/then shows a field when the condition holds and hides it again', async () => {
    const el = await mountForm();
    await expect.element(page.getByLabelText('配偶姓名')).not.toBeInTheDocument();
    await page.getByRole('checkbox', { name: '已婚' }).click();
    await expect.element(page.getByLabelText('配偶姓名')).toBeVisible();
    await userEvent.fill(page.getByLabelText('配偶姓名'), '李四');
    expect((el.formData as Record<string, unknown>).spouseName).toBe('李四');
    await page.getByRole('checkbox', { name: '已婚' }).click();
    await expect.element(page.getByLabelText('配偶姓名')).not.toBeInTheDocument();
  });

  test('a field error shows after the field is touched, in Chinese, tied to the control', async () => {
    const el = await mountForm();
    const id = page.getByLabelText('身份证号');
    await userEvent.type(id, badChecksumId);
    expect(root(el).querySelector('.error')).toBeNull(); // not touched yet
    await userEvent.tab();
    await expect.element(id).toHaveAttribute('aria-invalid', 'true');
    const control = input(el, '身份证号');
    const errorId = control.getAttribute('aria-describedby')!;
    const errorText = root(el).getElementById(errorId)!.textContent!;
    expect(errorText).toMatch(/身份证号码/);
    // Correcting it clears the error live.
    await userEvent.clear(id);
    await userEvent.type(id, validId);
    await expect.element(id).not.toHaveAttribute('aria-invalid');
    expect((el.formData as Record<string, unknown>).idNumber).toBe(validId);
  });

  test('errors are in English with lang="en"', async () => {
    const el = await mountForm((form) => form.setAttribute('lang', 'en'));
    await userEvent.type(page.getByLabelText('身份证号'), badChecksumId);
    await userEvent.tab();
    await expect.element(page.getByText(/ID card/i)).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Submit' })).toBeVisible();
    expect(root(el).textContent).not.toMatch(/身份证号码/);
  });

  test('submit shows every error, focuses the first invalid field and sends no ow-submit', async () => {
    const el = await mountForm();
    const onSubmit = vi.fn();
    el.addEventListener('ow-submit', onSubmit);
    await userEvent.type(page.getByLabelText('姓名'), '王五');
    await page.getByRole('button', { name: '提交' }).click();
    expect(onSubmit).not.toHaveBeenCalled();
    await el.updateComplete;
    expect(root(el).activeElement).toBe(input(el, '身份证号'));
    for (const label of ['身份证号', '手机号码', '区'])
      await expect.element(page.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByLabelText('姓名')).not.toHaveAttribute('aria-invalid');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/3 处/);
    expect(el.checkValidity()).toBe(false);
  });

  test('a valid form dispatches ow-submit with the data', async () => {
    const el = await mountForm();
    const onSubmit = vi.fn();
    el.addEventListener('ow-submit', (e) => onSubmit((e as CustomEvent).detail));
    await userEvent.fill(page.getByLabelText('姓名'), '赵六');
    await userEvent.fill(page.getByLabelText('身份证号'), validId);
    await userEvent.fill(page.getByLabelText('手机号码'), '13800138000');
    await userEvent.selectOptions(page.getByRole('combobox', { name: '区' }), '西湖区');
    await page.getByRole('button', { name: '提交' }).click();
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      formData: {
        name: '赵六',
        idNumber: validId,
        mobile: '13800138000',
        address: { district: 'xihu' },
        secret: 'X-1',
      },
    });
    expect(el.checkValidity()).toBe(true);
  });

  test('fields limits rendering and validation to a subset of top-level fields', async () => {
    const el = await mountForm((form) => {
      form.fields = ['name', 'mobile'];
      form.noSubmit = true;
    });
    expect(root(el).querySelectorAll('input:not([type=hidden]), select, textarea')).toHaveLength(2);
    expect(root(el).querySelector('button[type=submit]')).toBeNull();
    await userEvent.fill(page.getByLabelText('姓名'), '钱七');
    await userEvent.fill(page.getByLabelText('手机号码'), '13912345678');
    expect(el.checkValidity()).toBe(true); // idNumber is required but not in this step
    el.fields = ['idNumber'];
    await el.updateComplete;
    await expect.element(page.getByLabelText('身份证号')).toBeVisible();
    expect(el.checkValidity()).toBe(false);
  });

  test('ui:disabled, ui:readonly and readOnly reach the controls', async () => {
    await mount('ow-form', (el) => {
      el.schema = {
        type: 'object',
        properties: {
          a: { type: 'string', title: '甲' },
          b: { type: 'string', title: '乙' },
          c: { type: 'string', title: '丙', readOnly: true },
          d: { type: 'string', title: '丁', enum: ['x', 'y'] },
        },
      };
      el.uiSchema = { a: { 'ui:disabled': true }, b: { 'ui:readonly': true }, d: { 'ui:disabled': true } };
    });
    await expect.element(page.getByLabelText('甲')).toBeDisabled();
    await expect.element(page.getByLabelText('乙')).toHaveAttribute('readonly');
    await expect.element(page.getByLabelText('丙')).toHaveAttribute('readonly');
    await expect.element(page.getByLabelText('丁')).toBeDisabled();
  });

  test('disabled and lang set later reach every field; an error re-renders only its field', async () => {
    const el = await mountForm();
    const nameInput = input(el, '姓名');
    const street = input(el, '街道门牌');
    await userEvent.type(page.getByLabelText('身份证号'), badChecksumId);
    await userEvent.tab();
    await expect.element(page.getByLabelText('身份证号')).toHaveAttribute('aria-invalid', 'true');
    // Other fields kept their controls (no re-render, no new nodes).
    expect(input(el, '姓名')).toBe(nameInput);
    expect(input(el, '街道门牌')).toBe(street);
    el.disabled = true;
    await el.updateComplete;
    for (const control of root(el).querySelectorAll('input:not([type=hidden]), select, textarea'))
      expect((control as HTMLInputElement).disabled).toBe(true);
    el.disabled = false;
    el.lang = 'en';
    await el.updateComplete;
    expect(input(el, '姓名').disabled).toBe(false);
    expect(input(el, '姓名')).toBe(nameInput);
    // The select's empty choice is the form's own word: it follows the language.
    const district = root(el).querySelector<HTMLSelectElement>(
      `#${CSS.escape(page.getByLabelText('区').element().id)}`,
    )!;
    expect(district.options[0]!.textContent).toBe('Choose…');
  });

  test('a field shows label, description, control, help and error in that order, and drops the error when fixed', async () => {
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: { code: { type: 'string', title: '代码', description: '六位数字', minLength: 6 } },
      };
      form.uiSchema = { code: { 'ui:help': '见通知书右上角' } };
    });
    const control = page.getByLabelText('代码').element() as HTMLInputElement;
    const frame = control.closest('[part=field]')!;
    const order = () => [...frame.children].map((child) => child.getAttribute('part'));
    expect(order()).toEqual(['label', 'description', 'control', 'help']);
    await userEvent.type(control, '12');
    await userEvent.tab();
    await expect.element(control).toHaveAttribute('aria-invalid', 'true');
    expect(order()).toEqual(['label', 'description', 'control', 'help', 'error']);
    // aria-describedby names the three texts, each of which exists.
    const described = control.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => root(el).getElementById(id)?.getAttribute('part'))).toEqual([
      'description',
      'help',
      'error',
    ]);
    await userEvent.type(control, '3456');
    await expect.element(control).not.toHaveAttribute('aria-invalid');
    expect(order()).toEqual(['label', 'description', 'control', 'help']);
    expect(control.getAttribute('aria-describedby')!.split(' ')).toHaveLength(2);
    expect(control).toBe(page.getByLabelText('代码').element()); // patched, not rebuilt
  });

  test('arrays: add, type, reorder and remove items', async () => {
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: {
          members: {
            type: 'array',
            title: '家庭成员',
            items: { type: 'string', title: '成员姓名' },
          },
        },
      };
    });
    const add = page.getByRole('button', { name: '添加 家庭成员' });
    await add.click();
    await add.click();
    await add.click();
    const inputs = () => [...root(el).querySelectorAll<HTMLInputElement>('.array-item input')];
    expect(inputs()).toHaveLength(3);
    await userEvent.fill(inputs()[0]!, '甲');
    await userEvent.fill(inputs()[1]!, '乙');
    await userEvent.fill(inputs()[2]!, '丙');
    await page.getByRole('button', { name: '下移 第 1 项' }).click();
    expect((el.formData as { members: string[] }).members).toEqual(['乙', '甲', '丙']);
    expect(inputs().map((i) => i.value)).toEqual(['乙', '甲', '丙']);
    await page.getByRole('button', { name: '上移 第 3 项' }).click();
    expect((el.formData as { members: string[] }).members).toEqual(['乙', '丙', '甲']);
    await page.getByRole('button', { name: '删除 第 1 项' }).click();
    expect((el.formData as { members: string[] }).members).toEqual(['丙', '甲']);
    expect(inputs().map((i) => i.value)).toEqual(['丙', '甲']);
  });

  test('arrays honour ui:options addable/removable/orderable = false', async () => {
    await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: { tags: { type: 'array', title: '标签', items: { type: 'string' } } },
      };
      form.formData = { tags: ['a', 'b'] };
      form.uiSchema = { tags: { 'ui:options': { addable: false, removable: false, orderable: false } } };
    });
    expect(document.querySelector('ow-form')!.shadowRoot!.querySelectorAll('.array button')).toHaveLength(0);
  });

  test('oneOf: a selector switches the branch and its fields', async () => {
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: {
          applicant: {
            title: '申请人类型',
            oneOf: [
              {
                title: '本人申请',
                type: 'object',
                properties: { selfName: { type: 'string', title: '本人姓名' } },
              },
              {
                title: '代办',
                type: 'object',
                properties: { agentName: { type: 'string', title: '代办人姓名' } },
              },
            ],
          },
        },
      };
    });
    await expect.element(page.getByLabelText('本人姓名')).toBeVisible();
    await userEvent.fill(page.getByLabelText('本人姓名'), '孙八');
    expect(el.formData).toEqual({ applicant: { selfName: '孙八' } });
    await userEvent.selectOptions(page.getByRole('combobox', { name: '申请人类型' }), '代办');
    await expect.element(page.getByLabelText('代办人姓名')).toBeVisible();
    await expect.element(page.getByLabelText('本人姓名')).not.toBeInTheDocument();
    await userEvent.fill(page.getByLabelText('代办人姓名'), '周九');
    expect(el.formData).toEqual({ applicant: { agentName: '周九' } });
  });

  test('dependencies: a property dependency requires, a schema dependency adds fields', async () => {
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: {
          hasAgent: { type: 'string', title: '是否代办', enum: ['是', '否'] },
          creditCard: { type: 'string', title: '银行卡号' },
        },
        dependencies: {
          creditCard: ['bankName'],
          hasAgent: {
            oneOf: [
              { properties: { hasAgent: { const: '否' } } },
              {
                properties: {
                  hasAgent: { const: '是' },
                  agentPhone: { type: 'string', title: '代办人电话' },
                },
                required: ['agentPhone'],
              },
            ],
          },
        },
      };
      form.uiSchema = {};
    });
    await expect.element(page.getByLabelText('代办人电话')).not.toBeInTheDocument();
    await userEvent.selectOptions(page.getByRole('combobox', { name: '是否代办' }), '是');
    await expect.element(page.getByLabelText('代办人电话')).toBeVisible();
    expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    await expect.element(page.getByLabelText('代办人电话')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.selectOptions(page.getByRole('combobox', { name: '是否代办' }), '否');
    await expect.element(page.getByLabelText('代办人电话')).not.toBeInTheDocument();
    expect(el.checkValidity()).toBe(true);
  });

  test('a precompiled validator (fromAjvStandalone) plugged in decides on submit', async () => {
    const calls: unknown[] = [];
    const standalone: AjvStandaloneFunction = Object.assign(
      (data: unknown) => {
        calls.push(data);
        const ok = (data as { name?: string }).name === '张三';
        standalone.errors = ok
          ? null
          : [{ keyword: 'required', instancePath: '', params: { missingProperty: 'name' } }];
        return ok;
      },
      { errors: null },
    );
    const el = await mount('ow-form', (form) => {
      form.schema = { type: 'object', properties: { name: { type: 'string', title: '姓名' } } };
      form.validator = fromAjvStandalone(standalone);
    });
    const onSubmit = vi.fn();
    el.addEventListener('ow-submit', onSubmit);
    expect(el.submit()).toBe(false); // the schema alone would accept {}
    await el.updateComplete;
    await expect.element(page.getByLabelText('姓名')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.fill(page.getByLabelText('姓名'), '张三');
    expect(el.submit()).toBe(true);
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(calls.at(-1)).toEqual({ name: '张三' });
  });

  test('ui:order listing a field twice shows it once, and reordering later moves the same controls', async () => {
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      };
      form.uiSchema = { 'ui:order': ['a', 'b', 'b', 'c'] };
    });
    const names = () => [...root(el).querySelectorAll('input')].map((control) => control.name);
    expect(names()).toEqual(['/a', '/b', '/c']);
    const b = root(el).querySelector('[name="/b"]');
    el.uiSchema = { 'ui:order': ['c', 'b', 'a'] };
    await el.updateComplete;
    expect(names()).toEqual(['/c', '/b', '/a']);
    expect(root(el).querySelector('[name="/b"]')).toBe(b);
  });

  test('liveValidate=false shows errors only on submit', async () => {
    const el = await mountForm((form) => {
      form.liveValidate = false;
    });
    await userEvent.type(page.getByLabelText('身份证号'), '123');
    await userEvent.tab();
    expect(root(el).querySelector('.error')).toBeNull();
    el.submit();
    await el.updateComplete;
    await expect.element(page.getByLabelText('身份证号')).toHaveAttribute('aria-invalid', 'true');
  });

  test('setting formData from outside updates the controls', async () => {
    const el = await mountForm();
    await userEvent.fill(page.getByLabelText('姓名'), '打字');
    el.formData = { name: '外部', gender: '男', address: { district: 'xihu' } };
    await el.updateComplete;
    await expect.element(page.getByLabelText('姓名')).toHaveValue('外部');
    await expect.element(page.getByRole('radio', { name: '男' })).toBeChecked();
    await expect.element(page.getByRole('combobox', { name: '区' })).toHaveDisplayValue('西湖区');
  });

  test('a host renderer registered with a higher rank wins over the built-in', async () => {
    const entry = {
      name: 'test-mobile',
      tester: rankWith(10, (s: JsonSchema) => s.format === 'cn-mobile'),
      render: (props: { id: string; label: string; onChange(v: unknown): void }) =>
        html`<label for=${props.id}>${props.label}</label><input id=${props.id} class="host-mobile"
          @input=${(e: Event) => props.onChange(`+86 ${(e.target as HTMLInputElement).value}`)} />`,
    };
    registerRenderer(entry);
    try {
      expect(OwForm.registry).toContain(entry);
      const el = await mountForm();
      const control = root(el).querySelector('.host-mobile');
      expect(control).not.toBeNull();
      await userEvent.fill(page.getByLabelText('手机号码'), '13800138000');
      expect((el.formData as Record<string, unknown>).mobile).toBe('+86 13800138000');
    } finally {
      rendererRegistry.splice(rendererRegistry.indexOf(entry), 1);
    }
  });

  test('XSS: markup in titles, descriptions, help, enum labels, placeholder and defaults stays inert text', async () => {
    const hits: string[] = [];
    (window as unknown as { __owXss: (s: string) => void }).__owXss = (s) => hits.push(s);
    const img = '<img src=x onerror="window.__owXss(\'img\')">';
    const script = '<script>window.__owXss("script")</script>';
    const el = await mount('ow-form', (form) => {
      form.schema = {
        type: 'object',
        title: `表单${img}`,
        description: `说明${script}`,
        properties: {
          a: { type: 'string', title: `甲${img}`, description: script, default: img },
          b: { type: 'string', title: `乙${script}`, enum: ['x'], enumNames: [img] },
          c: {
            type: 'string',
            title: '丙',
            oneOf: [
              { const: '1', title: img },
              { const: '2', title: script },
            ],
          },
          d: { type: 'string', title: '丁', enum: ['1', '2'] },
        },
      };
      form.uiSchema = {
        a: { 'ui:help': img, 'ui:placeholder': img },
        d: { 'ui:widget': 'radio', 'ui:title': img, 'ui:enumNames': [img, script] },
      };
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shadow = root(el);
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('script')).toBeNull();
    expect(hits).toEqual([]);
    expect(shadow.textContent).toContain('<img src=x onerror=');
    expect(shadow.textContent).toContain('<script>');
    expect(input(el, `甲${img}`).value).toBe(img);
    expect(input(el, `甲${img}`).placeholder).toBe(img);
  });
});
