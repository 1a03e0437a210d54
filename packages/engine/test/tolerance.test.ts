import { describe, expect, it, vi } from 'vitest';
import { applyEvent, type Case, type CaseEvent, toleranceNotice } from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

// 低保 submitted without the tolerable 户口簿 (householdRegister): accepting it is 容缺受理
const owing = () => submittedDibao('2026-03-02', ['application', 'idCard', 'incomeProof']);
const accept = (data: Record<string, unknown> = {}): CaseEvent =>
  ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00', data as never);
const signed = { toleranceCommitment: { signedBy: 'u-zhang', documentId: 'scan-0001' } };
const code = (c: Case, event: CaseEvent, context: Parameters<typeof applyEvent>[2] = { spec: dibao }) => {
  const result = applyEvent(c, event, context);
  return result.ok ? 'ok' : result.error.code;
};

describe('容缺受理 needs the applicant’s signed 容缺承诺书', () => {
  it('refuses without it, records it with it', () => {
    expect(code(owing(), accept({ toleranceCommitment: undefined }))).toBe('tolerance/commitment-required');
    expect(code(owing(), accept({ toleranceCommitment: { signedBy: ' ' } }))).toBe(
      'tolerance/commitment-required',
    );
    const accepted = drive(owing(), [accept(signed)], { spec: dibao });
    expect(accepted.snapshot.context.toleranceCommitment).toEqual(signed.toleranceCommitment);
    expect(toleranceNotice(accepted, dibao)?.materials.map((m) => m.id)).toEqual(['householdRegister']);
    // nothing owed: no commitment needed
    expect(code(submittedDibao('2026-03-02'), accept())).toBe('ok');
  });

  it('a host credit check may refuse it, with its reason', () => {
    const creditCheck = vi.fn(() => ({ ok: false as const, reason: '申请人列入失信被执行人名单' }));
    const result = applyEvent(owing(), accept(signed), { spec: dibao, creditCheck });
    expect(result.ok || result.error).toMatchObject({ code: 'tolerance/credit-refused' });
    expect(result.ok || result.error.message).toContain('失信被执行人');
    expect(creditCheck).toHaveBeenCalledWith(
      expect.objectContaining({ applicantId: 'u-zhang', materialIds: ['householdRegister'] }),
    );
    expect(code(owing(), accept(signed), { spec: dibao, creditCheck: () => ({ ok: true }) })).toBe('ok');
    // not asked when nothing is tolerated
    const unused = vi.fn(() => ({ ok: true as const }));
    expect(code(submittedDibao('2026-03-02'), accept(), { spec: dibao, creditCheck: unused })).toBe('ok');
    expect(unused).not.toHaveBeenCalled();
  });
});
