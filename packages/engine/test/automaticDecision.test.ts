import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, type Case, type CaseEvent, openCase } from '../src/index.js';
import { actors, drive, ev, residence } from './helpers.js';

// 居住证明 as a 秒批 item: the system accepts and approves when the applicant is named
const spec: ServiceItemSpec = {
  ...residence,
  flow: {
    ...residence.flow,
    automaticDecision: { when: { '!!': [{ var: 'name' }] }, basis: '信息共享核验' },
  },
};
const ctx = { spec };
const system = (type: 'ACCEPT' | 'DECIDE', data: Record<string, unknown> = {}): CaseEvent =>
  ({ type, actor: actors.system, at: '2026-03-02T09:10:00+08:00', ...data }) as CaseEvent;
const submitted = (name: string, s: ServiceItemSpec = spec): Case =>
  drive(
    openCase(s, { id: 'A-1', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant }),
    [
      ev('SUBMIT', 'applicant', '2026-03-02T09:05:00+08:00', {
        formData: { name },
        materials: ['idCard'],
        channel: 'online',
      }),
    ],
    { spec: s },
  );
const code = (c: Case, event: CaseEvent, s: ServiceItemSpec = spec) => {
  const result = applyEvent(c, event, { spec: s });
  return result.ok ? result.case.snapshot.value : result.error.code;
};

describe('秒批: the system accepts and decides items that declare an automatic decision', () => {
  it('accepts and approves when the rule holds, with the rule’s result in the audit log', () => {
    const c = submitted('张三');
    expect(allowedEvents(c, 'system', { spec })).toContain('ACCEPT');
    const decided = drive(
      c,
      [system('ACCEPT'), system('DECIDE', { approved: true, automaticRule: { result: true } })],
      ctx,
    );
    expect(decided.snapshot.value).toBe('decided');
    expect(decided.events.at(-1)).toMatchObject({
      type: 'DECIDE',
      actor: { role: 'system' },
      automaticRule: { result: true },
    });
  });

  it('hands the case to a person when the rule does not hold; never refuses on its own', () => {
    expect(code(submitted(''), system('ACCEPT'))).toBe('automatic/rule-not-met');
    const accepted = drive(submitted('张三'), [system('ACCEPT')], ctx);
    expect(code(accepted, system('DECIDE', { approved: false, reason: '不符合' }))).toBe(
      'automatic/approve-only',
    );
    expect(code(accepted, system('DECIDE', { approved: true }))).toBe('event/invalid'); // the rule's result is recorded
    // a person may still decide
    expect(code(accepted, ev('DECIDE', 'window', '2026-03-02T09:20:00+08:00', { approved: true }))).toBe(
      'decided',
    );
  });

  it('items without the rule: the system may neither accept nor decide', () => {
    const plain = submitted('张三', residence);
    expect(code(plain, system('ACCEPT'), residence)).toBe('automatic/not-declared');
    expect(allowedEvents(plain, 'system', { spec: residence })).not.toContain('ACCEPT');
  });
});
