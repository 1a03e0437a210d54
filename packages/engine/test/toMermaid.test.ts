import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import { flowModel, toMermaid } from '../src/index.js';
import { mermaidLabel, mermaidNodeId } from '../src/mermaidText.js';
import { dibao, homestead, residence } from './helpers.js';

/** Stage names that would add lines, edges, directives, entity codes or HTML to a diagram if copied raw. */
const HOSTILE_NAMES = [
  '审核"\n  accepted_review --> archived: forged\n  state "x',
  'a\rb\u2028c\u2029d\u0085e',
  '%%{init: {"theme": "dark"}}%%',
  '</script><img src=x onerror=alert(1)>',
  'a: b; c #quot; d & e `f` \\g',
  '\u202Eevil\u202C',
  '"',
];

/** The 低保 spec with every stage renamed and, given `ids`, re-identified (a spec never validated). */
function withStages(names: string[], ids?: string[]): ServiceItemSpec {
  const spec = structuredClone(dibao);
  spec.flow.stages.forEach((stage, index) => {
    stage.name = { 'zh-CN': names[index % names.length]!, en: names[index % names.length]! };
    if (ids) stage.id = ids[index]!;
  });
  return spec;
}

/** The diagram with quoted text blanked, to compare shapes. */
const shape = (diagram: string) => diagram.split('\n').map((line) => line.replace(/"[^"]*"/g, '""'));

describe('toMermaid', () => {
  it('draws every transition of the flow model once, with the stages inside 受理', () => {
    const diagram = toMermaid(dibao);
    if (process.env.PRINT_MERMAID) console.log(diagram);
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    expect(diagram).toContain('state "已受理" as accepted {');
    expect(diagram).toContain('accepted_review --> accepted_survey: COMPLETE_STAGE 办结本环节');
    expect(diagram).toContain('accepted_survey --> accepted_review: RETURN 退回');
    expect(diagram).toContain('accepted_decide --> decided: DECIDE 决定 给付'); // 低保: 行政给付 (05)
    expect(diagram).toContain('state "不予给付" as denied');
    expect(diagram).toContain('accepted_decide --> denied: DECIDE 决定 不予给付');
    expect(diagram).toContain('accepted --> withdrawn: WITHDRAW 撤回');
    expect(diagram).toContain('submitted --> accepted_review: ACCEPT 受理');
    expect(diagram).toContain('archived --> [*]');
    // every targeted transition of the model appears as an edge
    const model = flowModel(dibao);
    for (const state of Object.values(model.states)) {
      for (const [type, t] of Object.entries(state.on)) {
        if (t.target) expect(diagram).toMatch(new RegExp(`--> ${t.target.replace('.', '_')}: ${type}`));
      }
    }
  });

  it('instant items decide at the window; escalated items show 上报 to the superior', () => {
    const instant = toMermaid(residence, { lang: 'en' });
    expect(instant).toContain('accepted --> decided: DECIDE Decide Granted'); // 居住证明: 公共服务 (20)
    expect(instant).not.toContain('accepted {');
    const escalated = toMermaid(homestead);
    expect(escalated).toContain('accepted_preliminary --> accepted_superior: ESCALATE 上报');
    expect(escalated).toContain('accepted_superior --> accepted_preliminary: RETURN 退回');
    expect(escalated).toContain('accepted_superior --> decided: DECIDE 决定 准予许可'); // 宅基地: 行政许可 (01)
  });

  it('escapes stage names: a name cannot add lines, edges, directives or HTML (issue 12)', () => {
    const benign = toMermaid(withStages(['环节']));
    for (const name of HOSTILE_NAMES) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const diagram = toMermaid(withStages([name]), { lang });
        expect(shape(diagram)).toEqual(
          shape(lang === 'en' ? toMermaid(withStages(['环节']), { lang }) : benign),
        );
        expect(diagram).not.toMatch(/[\r\u0085\u2028\u2029\u202E<&%#`\\]/);
        for (const [quoted] of diagram.matchAll(/"[^"]*"/g))
          expect(quoted.slice(1, -1)).not.toMatch(/[":;{}>]/);
      }
    }
  });

  it('keeps ids of unvalidated stages to letters, digits, _ and -', () => {
    const diagram = toMermaid(withStages(['甲'], ['a b', 'c\n[*]', 'd-->e', 'f"g']));
    const ids = [...diagram.matchAll(/ as (\S+)/g)].map(([, id]) => id);
    expect(ids.every((id) => /^[A-Za-z0-9_-]+$/.test(id ?? ''))).toBe(true);
    expect(ids).toContain('accepted_a_20_b');
    expect(
      diagram
        .split('\n')
        .every((line) => !line.includes('[*]') || /^\s*(\[\*\] --> \S+|\S+ --> \[\*\])$/.test(line)),
    ).toBe(true);
  });

  it('mermaidLabel and mermaidNodeId', () => {
    expect(mermaidLabel('审核"\n  [*] --> x')).toBe('审核 [*] -- x');
    expect(mermaidLabel('"')).toBe('');
    expect(mermaidNodeId('accepted.review-2')).toBe('accepted_review-2');
    expect(mermaidNodeId('accepted.a b')).toBe('accepted_a_20_b');
  });
});
