// The single-file bundles on a strict-CSP page: render, validate in Chinese, submit, and trigger
// no CSP violation and no console error. Needs `npm run build` first.
//   examples/csp/index.html              — dist-bundle/onewindow.min.js (every element, engine inside)
//   examples/csp/index.html?bundle=apply — dist-bundle/onewindow-apply.min.js (applicant side only)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../vitest.config.js';
import { STRICT_CSP as POLICY, repoRoot, type StaticServer, startStaticServer } from './staticServer.js';

const bundles = [
  { bundle: 'onewindow.min.js', page: 'index.html' },
  { bundle: 'onewindow-apply.min.js', page: 'index.html?bundle=apply' },
];

let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  for (const { bundle } of bundles) {
    const file = join(repoRoot, 'packages/elements/dist-bundle', bundle);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  server = await startStaticServer(['examples/', 'packages/elements/dist-bundle/']);
  origin = server.origin;
  browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  consoleErrors: string[];
  violations: () => Promise<string[]>;
}

async function openExample(examplePage: string): Promise<Watched> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  // Injected by the test driver (not subject to the page's CSP): records every violation.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${origin}/examples/csp/${examplePage}`);
  expect(response?.headers()['content-security-policy']).toBe(POLICY);
  await page.waitForSelector('html[data-ready="true"]');
  return {
    page,
    consoleErrors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

describe.each(bundles)('strict CSP page with dist-bundle/$bundle', ({ bundle, page: examplePage }) => {
  test('registers the elements of its bundle, and they render without errors', async () => {
    const { page, consoleErrors, violations } = await openExample(examplePage);
    const registered = await page.evaluate(() =>
      ['ow-guide', 'ow-form', 'ow-materials', 'ow-apply', 'ow-case', 'ow-timeline', 'ow-evaluation'].filter(
        (tag) => customElements.get(tag) !== undefined,
      ),
    );
    const applicantSide = ['ow-guide', 'ow-form', 'ow-materials', 'ow-apply'];
    expect(registered).toEqual(
      bundle === 'onewindow.min.js'
        ? [...applicantSide, 'ow-case', 'ow-timeline', 'ow-evaluation']
        : applicantSide,
    );
    // The guide rendered the spec's name; the application starts on its guide step.
    await expect.poll(() => page.locator('ow-guide h1, ow-guide h2').first().textContent()).toMatch(/居住证/);
    await expect.poll(() => page.locator('ow-apply').getByRole('button').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('the bundle registers <ow-form> and it renders the example spec', async () => {
    const { page, consoleErrors, violations } = await openExample(examplePage);
    await expect.poll(() => page.locator('ow-form input, ow-form select').count()).toBeGreaterThan(5);
    const form = page.locator('#form');
    await expect.poll(() => form.getByRole('textbox', { name: '公民身份号码', exact: true }).count()).toBe(1);
    // Styles applied (constructable stylesheets are allowed by style-src 'self').
    const color = await form
      .locator('button[type=submit]')
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(color).toBe('rgb(11, 87, 208)');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('validates in Chinese, then submits valid data', async () => {
    const { page, consoleErrors, violations } = await openExample(examplePage);
    const form = page.locator('#form');
    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    const idNumber = field('公民身份号码');
    await idNumber.fill('110105194912310021'); // wrong GB 11643 checksum
    await idNumber.blur();
    await expect.poll(() => idNumber.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await idNumber.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    await expect.poll(() => form.locator(`#${errorId}`).textContent()).toMatch(/身份证/);

    // Submitting with required fields empty: errors everywhere, the first invalid field focused.
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[role=alert]').textContent()).toMatch(/处需要更正/);
    expect(await page.locator('#result').textContent()).toBe('（尚未提交）');
    const focusedLabel = await page.evaluate(() => {
      const active = document.getElementById('form')!.shadowRoot!.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent?.trim();
    });
    expect(focusedLabel).toMatch(/^姓名/);

    await field('姓名').fill('张三丰');
    await idNumber.fill('11010519491231002X');
    await field('联系电话').fill('13800138000');
    await field('现居住地址').fill('青山县城关镇人民路 1 号');
    await field('常住户口所在地').fill('青山县城关镇人民路 1 号');
    await form.getByRole('radio', { name: '否' }).first().check();
    await form.getByLabel('来青山县居住日期').fill('2023-05-01');
    await form.getByRole('combobox', { name: '住所类型' }).selectOption({ label: '租赁住房' });
    await form.getByRole('radio', { name: '合法稳定就业' }).check();
    await form.getByRole('radio', { name: '窗口领取' }).check();
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => page.locator('#result').textContent())
      .toContain('"idNumber":"11010519491231002X"');
    const submitted = JSON.parse((await page.locator('#result').textContent())!);
    expect(submitted.residence).toEqual({
      since: '2023-05-01',
      housingType: 'rented',
      basisType: 'employment',
    });
    expect(submitted.delivery).toEqual({ method: 'window' });

    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
