import { describe, expect, it } from 'vitest';
import { flowPathEvents, flowPaths, replay } from '../src/index.js';
import { exampleSpecs } from './exampleSpecs.js';

const open = {
  caseId: 'MBT-1',
  actor: { id: 'applicant-1', role: 'applicant' as const },
  at: '2026-03-02T08:30:00+08:00',
};
const counts: string[] = [];

describe.each(exampleSpecs())('model-based paths: $name', ({ name, spec }) => {
  for (const kind of ['shortest', 'simple'] as const) {
    it(`${kind} paths replay through applyEvent and end where the machine says`, () => {
      const paths = flowPaths(spec, { kind, maxDepth: 20 });
      counts.push(`${name} ${kind}: ${paths.length}`);
      expect(paths.length).toBeGreaterThan(0);
      const targets = new Set(paths.map((p) => p.target));
      for (const end of ['archived', 'rejected', 'denied', 'withdrawn']) expect(targets).toContain(end);
      for (const path of paths) {
        const result = replay(spec, flowPathEvents(path), {}, open);
        if (!result.ok) {
          throw new Error(
            `${path.steps.map((s) => s.type).join(' → ')}: step ${result.index} ${result.error.code}`,
          );
        }
        expect(result.case.snapshot.value).toBe(path.target);
        expect(result.case.snapshot.context.suspension !== null).toBe(path.suspended);
        expect(result.case.snapshot.context.evaluation !== null).toBe(path.evaluated);
        expect(result.case.events.slice(1).map((e) => e.state)).toEqual(path.steps.map((s) => s.state));
      }
    });
  }
});

describe('path counts', () => {
  it('prints the number of paths per item', () => {
    console.log(`flow paths per item:\n  ${counts.join('\n  ')}`);
    expect(counts.length).toBe(exampleSpecs().length * 2);
  });
});
