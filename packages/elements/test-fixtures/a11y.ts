import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core over an element (shadow roots included) and fails with the rule ids and
 * targets of every violation.
 *
 * @example
 * await expectNoAxeViolations(document.querySelector('ow-guide')!);
 */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
