import { describe, expect, it } from 'vitest';
import { flowModel, toMermaid } from '../src/index.js';
import { dibao, homestead, residence } from './helpers.js';

describe('toMermaid', () => {
  it('draws every transition of the flow model once, with the stages inside 受理', () => {
    const diagram = toMermaid(dibao);
    if (process.env.PRINT_MERMAID) console.log(diagram);
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    expect(diagram).toContain('state "已受理" as accepted {');
    expect(diagram).toContain('accepted_review --> accepted_survey: COMPLETE_STAGE 办结本环节');
    expect(diagram).toContain('accepted_survey --> accepted_review: RETURN 退回');
    expect(diagram).toContain('accepted_decide --> decided: DECIDE 决定 准予');
    expect(diagram).toContain('accepted_decide --> denied: DECIDE 决定 不予许可');
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
    expect(instant).toContain('accepted --> decided: DECIDE Decide approved');
    expect(instant).not.toContain('accepted {');
    const escalated = toMermaid(homestead);
    expect(escalated).toContain('accepted_preliminary --> accepted_superior: ESCALATE 上报');
    expect(escalated).toContain('accepted_superior --> accepted_preliminary: RETURN 退回');
    expect(escalated).toContain('accepted_superior --> decided: DECIDE 决定 准予');
  });
});
