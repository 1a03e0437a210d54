import { describe, expect, it } from 'vitest';
import { acceptanceNotice, correctionNotice, rejectionNotice, toleranceNotice } from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };

describe('notices', () => {
  it('一次性告知书 lists every problem with material names and field titles', () => {
    const c = drive(
      submittedDibao(),
      [
        ev('REQUEST_CORRECTION', 'window', '2026-03-02T10:00:00+08:00', {
          items: [
            { materialId: 'idCard', reason: '复印件不清晰' },
            { field: '/applicant/idNumber', reason: '与身份证不一致' },
          ],
        }),
      ],
      ctx,
    );
    const notice = correctionNotice(c, dibao);
    expect(notice).toMatchObject({
      kind: 'correction',
      caseId: 'C-1',
      itemName: '城乡居民最低生活保障申请',
      date: '2026-03-02',
      items: [
        { target: 'material', id: 'idCard', name: '居民身份证', reason: '复印件不清晰' },
        { target: 'field', id: '/applicant/idNumber', name: '身份证号', reason: '与身份证不一致' },
      ],
    });
    expect(notice?.basis).toContain('第三十二条');
    expect(correctionNotice(c, dibao, 'en')?.itemName).toBe('Minimum living allowance application');
    expect(acceptanceNotice(c, dibao)).toBeNull();
  });

  it('受理通知书 with the deadline, 容缺受理通知书 with the materials owed', () => {
    const c = drive(
      submittedDibao('2026-03-02', ['application', 'idCard', 'incomeProof']),
      [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')],
      ctx,
    );
    expect(acceptanceNotice(c, dibao)).toMatchObject({
      acceptedOn: '2026-03-02',
      limit: 18,
      deadline: '2026-03-26',
    });
    expect(toleranceNotice(c, dibao)).toMatchObject({
      materials: [{ id: 'householdRegister', name: '户口簿', due: '2026-03-09' }],
    });
    expect(toleranceNotice(submittedDibao(), dibao)).toBeNull();
  });

  it('不予受理通知书 with the reason and remedies', () => {
    const c = drive(
      submittedDibao(),
      [ev('REJECT', 'window', '2026-03-03', { reason: '申请人户籍不在本镇' })],
      ctx,
    );
    expect(rejectionNotice(c, dibao)).toMatchObject({ kind: 'rejection', reason: '申请人户籍不在本镇' });
    expect(rejectionNotice(c, dibao)?.remedies).toContain('行政复议');
  });
});
