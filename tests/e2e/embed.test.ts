// The demo a portal developer copies (examples/embed/): one <script> tag on a legacy-style page under a
// strict CSP. A case of 高龄津贴 is worked end to end in the browser by each role in turn, and the
// applicant's 办件进度 follows. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../vitest.config.js';
import { repoRoot, type StaticServer, startStaticServer } from './staticServer.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const bundle = join(repoRoot, 'packages/elements/dist-bundle/onewindow.min.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  server = await startStaticServer(['examples/', 'packages/elements/dist-bundle/']);
  browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The demo runs on the wall clock: once today, once in a year the holiday data does not cover yet
// (work goes on; the workbench names the missing year instead of a deadline).
test.each([
  { when: 'today', at: undefined },
  { when: 'in a year without holiday data', at: '2099-03-02T10:00:00+08:00' },
])('the embed demo, $when: apply, guide and a workbench case worked from 受理 to 评价', async ({ at }) => {
  const page = await browser.newPage();
  if (at) await page.clock.setFixedTime(new Date(at));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  await page.goto(`${server.origin}/examples/embed/`);

  // ① ow-apply and ② ow-guide load their specs with spec-src.
  await expect
    .poll(() => page.locator('#apply').getByText('城乡居民最低生活保障申请').count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.locator('#guide').getByText('居住证申领').count()).toBeGreaterThan(0);

  // ③ the workbench, role by role.
  const workbench = page.locator('#workbench');
  const state = () =>
    workbench.evaluate(
      (element) => (element as unknown as { case: { snapshot: { value: unknown } } }).case.snapshot.value,
    );
  const timelineEntries = () => page.locator('#timeline').locator('li[part=entry]').count();
  await expect.poll(timelineEntries).toBeGreaterThan(0);
  const entriesAtStart = await timelineEntries();

  await workbench.getByRole('button', { name: '受理', exact: true }).click();
  const calendarError = workbench.locator('[part=calendar-error]');
  if (at) {
    await expect
      .poll(() => calendarError.textContent())
      .toBe('工作日历没有 2099 年的节假日数据，无法计算工作日');
    // The portal adds the year through the bundle's global (here: no holidays, weekends only).
    await page.evaluate(() => {
      const ow = (window as unknown as { OneWindow: { chineseHolidayCalendar(o: object): unknown } })
        .OneWindow;
      const element = document.getElementById('workbench') as unknown as { calendar: unknown };
      element.calendar = ow.chineseHolidayCalendar({ years: [2099], holidays: [] });
    });
    await expect.poll(() => calendarError.count()).toBe(0);
    // Accepted on Monday 2099-03-02; 高龄津贴 promises 5 working days.
    await expect.poll(() => workbench.locator('[part=facts]').textContent()).toMatch(/办结期限\s*2099-03-09/);
  } else expect(await calendarError.count()).toBe(0);
  await page.selectOption('#case-role', 'reviewer');
  await workbench.getByRole('button', { name: '办结本环节' }).click();
  await workbench.getByRole('button', { name: '确认办结本环节' }).click();
  await page.selectOption('#case-role', 'approver');
  await workbench.getByRole('button', { name: '决定' }).click();
  // 高龄津贴 is a 行政给付 (05): the item's own outcome words
  await workbench.getByRole('radio', { name: '给付', exact: true }).check();
  await workbench.getByRole('button', { name: '确认决定' }).click();
  await page.selectOption('#case-role', 'window');
  await workbench.getByRole('button', { name: '出件' }).click();
  await workbench.getByLabel('证照编号（可选）').fill('GL-2026-001');
  await workbench.getByRole('button', { name: '确认出件' }).click();
  await workbench.getByRole('button', { name: '送达' }).click();
  await workbench.getByRole('radio').first().check();
  await workbench.getByRole('button', { name: '确认送达' }).click();
  expect(JSON.stringify(await state())).toContain('delivered');

  await page.selectOption('#case-role', 'applicant');
  await workbench.getByRole('button', { name: '评价' }).click();
  await workbench.getByRole('radio', { name: '非常满意' }).check();
  await workbench.getByRole('button', { name: '提交评价' }).click();
  await expect
    .poll(() =>
      workbench.evaluate((element) =>
        (element as unknown as { case: { events: { type: string }[] } }).case.events.map(
          (event) => event.type,
        ),
      ),
    )
    .toEqual(expect.arrayContaining(['ACCEPT', 'COMPLETE_STAGE', 'DECIDE', 'ISSUE', 'DELIVER', 'EVALUATE']));
  // Every step the staff took shows in the applicant's 办件进度.
  await expect.poll(timelineEntries).toBeGreaterThanOrEqual(entriesAtStart + 6);
  expect(await workbench.locator('[part=refusal]').count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});
