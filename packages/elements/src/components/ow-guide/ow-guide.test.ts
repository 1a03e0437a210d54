import { afterEach, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test-fixtures/a11y.js';
import { mount } from '../../../test-fixtures/mount.js';
import { dibaoSpec } from '../../../test-fixtures/specs.js';
import type { OwGuide } from './ow-guide.js';
import './ow-guide.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; query?: string; import?: string }): Record<string, T>;
  }
}

/** Every example item, as the URL Vite serves it from. */
const exampleSpecs = import.meta.glob<string>('../../../../../examples/specs/*.json', {
  eager: true,
  query: '?url',
  import: 'default',
});

const fixtureUrl = new URL('../../../test-fixtures/dibao-apply.json', import.meta.url).href;

function blobUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

async function whenLoaded(el: OwGuide): Promise<void> {
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('article, [role=alert]')).not.toBeNull());
  await el.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ow-guide>', () => {
  test('has no axe violations', async () => {
    const el = await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
    });
    await expectNoAxeViolations(el);
  });

  test('shows the item name, codes, mode, time limits, conditions and basis', async () => {
    await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
    });
    await expect.element(page.getByRole('heading', { name: '城乡居民最低生活保障申请' })).toBeVisible();
    await expect.element(page.getByText('实施编码：361002000000-0500010000')).toBeVisible();
    const basics = page.getByRole('region', { name: '基本信息' });
    await expect.element(basics).toHaveTextContent(/办件类型\s*承诺件/);
    await expect.element(basics).toHaveTextContent(/法定办结时限\s*32个工作日/);
    await expect.element(basics).toHaveTextContent(/承诺办结时限\s*18个工作日；公示期不计入承诺时限/);
    await expect.element(basics).toHaveTextContent(/到办事现场次数\s*0 次（零跑动）/);
    await expect.element(basics).toHaveTextContent(/收费标准\s*不收费/);
    await expect.element(basics).toHaveTextContent(/实施主体\s*六水桥街道办事处/);
    const conditions = page.getByRole('region', { name: '受理条件' }).getByRole('listitem');
    expect(conditions.elements()).toHaveLength(3);
    await expect
      .element(page.getByRole('region', { name: '设定依据' }))
      .toHaveTextContent('《社会救助暂行办法》（国务院令第649号） 第十一条');
  });

  test('lists every material with form, counts, source and 容缺/告知承诺/免证 notes', async () => {
    const spec = dibaoSpec();
    await mount('ow-guide', (e) => {
      e.spec = spec;
    });
    const table = page.getByRole('table').first();
    const rows = table.getByRole('row');
    expect(rows.elements()).toHaveLength(spec.materials.length + 1);
    const idCard = table.getByRole('row', { name: /居民身份证/ });
    await expect.element(idCard).toHaveTextContent('原件 1 份，复印件 1 份');
    await expect.element(idCard).toHaveTextContent('政府部门核发公安机关');
    await expect.element(idCard).toHaveTextContent('免证办：可通过电子证照「居民身份证」获取');
    await expect
      .element(table.getByRole('row', { name: /家庭收入及财产状况声明/ }))
      .toHaveTextContent('可实行告知承诺');
    const disability = table.getByRole('row', { name: /残疾人证/ });
    await expect.element(disability).toHaveTextContent('特定情形下必要');
    await expect.element(disability).toHaveTextContent('可容缺受理（受理后 5 个工作日内补交）');
  });

  test('template links of a spec property resolve against the page; unsafe links are dropped', async () => {
    const spec = dibaoSpec();
    spec.materials[1]!.template = { href: 'javascript:alert(1)' };
    spec.materials[2]!.sample = { href: 'data:text/html,<script>alert(1)</script>' };
    const el = await mount('ow-guide', (e) => {
      e.spec = spec;
    });
    const template = page.getByRole('link', { name: '申请书空白表格' });
    await expect
      .element(template)
      .toHaveAttribute('href', new URL('templates/dibao-application.docx', document.baseURI).href);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.startsWith('javascript:'))).toBe(false);
    expect(el.shadowRoot!.querySelector('tr[data-material=idCard] a')).toBeNull();
    expect(el.shadowRoot!.querySelector('tr[data-material=householdRegister] a')).toBeNull();
  });

  test('fetches spec-src, validates it and resolves relative links against it', async () => {
    const el = await mount('ow-guide', (e) => {
      e.setAttribute('spec-src', fixtureUrl);
    });
    await whenLoaded(el);
    await expect.element(page.getByRole('heading', { name: '城乡居民最低生活保障申请' })).toBeVisible();
    await expect
      .element(page.getByRole('link', { name: '申请书示例样表' }))
      .toHaveAttribute('href', new URL('samples/dibao-application.pdf', fixtureUrl).href);
  });

  test('an invalid spec at spec-src shows an error and fires ow-spec-error', async () => {
    const onError = vi.fn();
    document.addEventListener('ow-spec-error', onError);
    const broken = dibaoSpec() as unknown as Record<string, unknown>;
    delete broken.materials;
    const el = await mount('ow-guide', (e) => {
      e.specSrc = blobUrl(broken);
    });
    await whenLoaded(el);
    await expect.element(page.getByRole('alert')).toHaveTextContent('事项规范不符合格式要求');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(el.shadowRoot!.querySelector('article')).toBeNull();
    document.removeEventListener('ow-spec-error', onError);
  });

  test('draws the flow as an ordered list of stages, uncounted ones marked', async () => {
    const el = await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
    });
    const flow = el.shadowRoot!.querySelector('ol.flow')!;
    const names = [...flow.querySelectorAll('.stage-name')].map((n) => n.textContent);
    expect(names).toEqual(['提交申请', '受理', '审核', '入户调查', '公示', '审批', '办结出件', '送达']);
    const notice = flow.querySelectorAll('li')[4]!;
    expect(notice.classList.contains('uncounted')).toBe(true);
    expect(notice.textContent).toContain('特别程序，不计入办理时限');
    expect(getComputedStyle(flow).display).toBe('flex');
  });

  test('an instant item is accepted and decided on the spot', async () => {
    const spec = dibaoSpec();
    spec.mode = 'instant';
    spec.flow.stages = [];
    spec.timeLimit.promised = 0;
    const el = await mount('ow-guide', (e) => {
      e.spec = spec;
    });
    const names = [...el.shadowRoot!.querySelectorAll('ol.flow .stage-name')].map((n) => n.textContent);
    expect(names).toEqual(['提交申请', '受理并当场办结', '送达']);
    await expect
      .element(page.getByRole('region', { name: '基本信息' }))
      .toHaveTextContent(/承诺办结时限\s*即时办结/);
  });

  test('shows outputs with delivery, channels with 通办范围, contacts and FAQ', async () => {
    await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
    });
    await expect
      .element(page.getByRole('region', { name: '办理结果' }))
      .toHaveTextContent('窗口领取、邮寄送达、电子送达');
    await expect.element(page.getByRole('region', { name: '办理渠道' })).toHaveTextContent('全县通办');
    await expect.element(page.getByRole('region', { name: '咨询与监督' })).toHaveTextContent('12345');
    await expect.element(page.getByText('外出务工人员可以委托他人申请吗？')).toBeVisible();
  });

  test('the print stylesheet hides buttons and prints black on white', async () => {
    const el = await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
      // A portal's theme on the element must not colour the printed page.
      e.style.setProperty('--ow-color-primary', 'rgb(166, 27, 41)');
    });
    const root = el.shadowRoot!;
    const printRules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
      );
    expect(printRules).toHaveLength(1);
    const button = root.querySelector('button')!;
    expect(getComputedStyle(button).display).not.toBe('none');
    // Apply the print rules as if printing, and check what they do.
    const asIfPrinting = new CSSStyleSheet();
    asIfPrinting.replaceSync([...printRules[0]!.cssRules].map((r) => r.cssText).join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, asIfPrinting];
    expect(getComputedStyle(button).display).toBe('none');
    expect(getComputedStyle(root.querySelector('h2')!).color).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(root.querySelector('ol.flow > li')!).borderTopColor).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(root.querySelector('.badge')!).color).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(root.querySelector('thead')!).display).toBe('table-header-group');
    expect(getComputedStyle(root.querySelector('tbody tr')!).breakInside).toBe('avoid-page');
  });

  test('lang="en" switches texts, including the spec text', async () => {
    await mount('ow-guide', (e) => {
      e.lang = 'en';
      e.spec = dibaoSpec();
    });
    await expect
      .element(
        page.getByRole('heading', { name: 'Application for the urban and rural minimum living allowance' }),
      )
      .toBeVisible();
    await expect.element(page.getByRole('region', { name: 'Materials' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Print the guide' })).toBeVisible();
  });

  test('elder mode makes the text larger', async () => {
    const el = await mount('ow-guide', (e) => {
      e.spec = dibaoSpec();
    });
    const cell = el.shadowRoot!.querySelector('td')!;
    const normal = Number.parseFloat(getComputedStyle(cell).fontSize);
    el.elder = true;
    await el.updateComplete;
    expect(Number.parseFloat(getComputedStyle(cell).fontSize)).toBeGreaterThan(normal);
  });

  test('renders every example item of examples/specs from spec-src (validated without eval)', async () => {
    const entries = Object.entries(exampleSpecs);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [file, url] of entries) {
      const spec = await (await fetch(url)).json();
      const el = await mount('ow-guide', (e) => {
        e.specSrc = url;
      });
      await whenLoaded(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('[role=alert]')?.textContent ?? '', file).toBe('');
      expect(root.querySelector('h2')!.textContent, file).toBe(
        typeof spec.name === 'string' ? spec.name : spec.name['zh-CN'],
      );
      expect(root.querySelectorAll('tr[data-material]').length, file).toBe(spec.materials.length);
      expect(root.querySelectorAll('ol.flow > li').length, file).toBeGreaterThanOrEqual(3);
    }
  });
});
