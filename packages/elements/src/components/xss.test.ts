// XSS across every element: each human-readable text of a real spec (every string with Chinese in
// it: names, conditions, materials, notes, FAQ, form titles, enum labels, stage names, contacts…)
// carries script and event-handler payloads. Every element renders them as inert text.
import type { ServiceItemSpec } from '@onewindow/spec';
import { afterEach, describe, expect, test } from 'vitest';
import { caseAfter, submitEvent } from '../../test-fixtures/cases.js';
import { mount } from '../../test-fixtures/mount.js';
import { dibaoSpec } from '../../test-fixtures/specs.js';
import './ow-apply/ow-apply.js';
import './ow-case/ow-case.js';
import './ow-form/ow-form.js';
import './ow-guide/ow-guide.js';
import './ow-materials/ow-materials.js';
import './ow-timeline/ow-timeline.js';

const hits: string[] = [];
(window as unknown as { __owXss: (s: string) => void }).__owXss = (s) => hits.push(s);
const PAYLOAD =
  "<img src=x onerror=\"window.__owXss('img')\"><script>window.__owXss('script')</script>" +
  '<svg onload="window.__owXss(\'svg\')"></svg><a href="javascript:window.__owXss(\'a\')">x</a>';

/** A copy of the spec with the payload appended to every string that has Chinese in it. */
function poisoned(spec: ServiceItemSpec): { spec: ServiceItemSpec; count: number } {
  let count = 0;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!/[\u4e00-\u9fff]/.test(value)) return value;
      count++;
      return `${value}${PAYLOAD}`;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, visit(v)]));
    return value;
  };
  return { spec: visit(spec) as ServiceItemSpec, count };
}

/** Every node in the element's shadow tree, through nested shadow roots. */
function* deepNodes(root: Node): Generator<Node> {
  for (let node: Node | null = root.firstChild; node; node = node.nextSibling) {
    yield node;
    if (node instanceof Element && node.shadowRoot) yield* deepNodes(node.shadowRoot);
    yield* deepNodes(node);
  }
}

function expectInert(el: Element) {
  const nodes = [...deepNodes(el.shadowRoot!)];
  const elements = nodes.filter((n): n is Element => n instanceof Element);
  expect(elements.filter((e) => ['IMG', 'SCRIPT', 'svg'].includes(e.tagName)).map((e) => e.tagName)).toEqual(
    [],
  );
  for (const e of elements) {
    for (const attribute of e.getAttributeNames()) expect(attribute.startsWith('on'), attribute).toBe(false);
    if (e instanceof HTMLAnchorElement) expect(e.href.startsWith('javascript:')).toBe(false);
  }
  // The payload is there, as text.
  const text = nodes
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');
  expect(text).toContain('<img src=x onerror=');
  expect(text).toContain('<script>');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('XSS: payloads in every text of a spec stay inert', () => {
  const { spec, count } = poisoned(dibaoSpec());

  afterEach(() => {
    // No payload ran (checked per test: a failure does not spill into the next one).
    expect(hits.splice(0)).toEqual([]);
  });

  test('the fixture has many texts to poison', () => {
    expect(count).toBeGreaterThan(50);
  });

  // <ow-apply> shows its first step: the guide and the start button.
  test.each(['ow-guide', 'ow-apply', 'ow-materials'] as const)('<%s> with the spec', async (tag) => {
    const el = await mount(tag, (e) => {
      e.spec = spec;
    });
    await settle();
    expectInert(el);
  });

  test('<ow-form> with the item form', async () => {
    const el = await mount('ow-form', (e) => {
      e.schema = spec.form.schema as never;
      e.uiSchema = (spec.form.uiSchema ?? {}) as never;
    });
    el.submit();
    await settle();
    expectInert(el);
  });

  test('<ow-case> with the 一次性告知 checklist open, and <ow-timeline>', async () => {
    const caseData = caseAfter(spec, [submitEvent]);
    const workbench = await mount('ow-case', (e) => {
      e.spec = spec;
      e.case = caseData;
      e.role = 'window';
      e.now = '2026-03-02T10:00:00+08:00';
    });
    workbench.shadowRoot!.querySelector<HTMLButtonElement>('button[data-event=REQUEST_CORRECTION]')!.click();
    await settle();
    expectInert(workbench);
    const timeline = await mount('ow-timeline', (e) => {
      e.spec = spec;
      e.case = caseData;
    });
    await settle();
    expectInert(timeline);
  });
});
