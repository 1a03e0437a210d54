import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { caseAfter, fullLife, submitEvent } from '../../../test-fixtures/cases.js';
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
    expect(entries[8]!.textContent).toContain('准予');
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
