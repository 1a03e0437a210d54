import { describe, expect, test } from 'vitest';
import { isChineseIdCardNumber, isMainlandMobile, localize } from '../src/index.js';

/** GB 11643 check character, computed here independently of the implementation. */
function withCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  return first17 + '10X98765432'[sum % 11];
}

describe('isChineseIdCardNumber', () => {
  test('accepts numbers with a correct checksum (including the X check character)', () => {
    expect(isChineseIdCardNumber('11010519491231002X')).toBe(true); // the GB 11643 example
    expect(isChineseIdCardNumber(withCheckCharacter('44030019900101123'))).toBe(true);
    expect(isChineseIdCardNumber(withCheckCharacter('21110320000229004'))).toBe(true); // 2000-02-29 exists
  });

  test('refuses a wrong check character, a bad date, bad shapes', () => {
    expect(isChineseIdCardNumber('110105194912310021')).toBe(false);
    expect(isChineseIdCardNumber('11010519491231002x')).toBe(false); // lower-case x
    expect(isChineseIdCardNumber(withCheckCharacter('21110319000229004'))).toBe(false); // 1900 is not a leap year
    expect(isChineseIdCardNumber(withCheckCharacter('21110320011301004'))).toBe(false); // month 13
    expect(isChineseIdCardNumber('1101051949123100')).toBe(false);
    expect(isChineseIdCardNumber('')).toBe(false);
    expect(isChineseIdCardNumber(12345 as unknown as string)).toBe(false);
  });

  test('every single-digit change of a valid number is caught', () => {
    const valid = withCheckCharacter('32010219850615001');
    for (let i = 0; i < 17; i++) {
      const digit = Number(valid[i]);
      const changed = `${valid.slice(0, i)}${(digit + 1) % 10}${valid.slice(i + 1)}`;
      expect(isChineseIdCardNumber(changed)).toBe(false);
    }
  });
});

test('isMainlandMobile', () => {
  expect(isMainlandMobile('13800138000')).toBe(true);
  expect(isMainlandMobile('19912345678')).toBe(true);
  expect(isMainlandMobile('12800138000')).toBe(false);
  expect(isMainlandMobile('1380013800')).toBe(false);
  expect(isMainlandMobile('+8613800138000')).toBe(false);
  expect(isMainlandMobile('138 0013 8000')).toBe(false);
});

test('localize picks the language and falls back to zh-CN', () => {
  expect(localize({ 'zh-CN': '居民身份证', en: 'Resident ID card' }, 'en')).toBe('Resident ID card');
  expect(localize({ 'zh-CN': '居民身份证', en: 'Resident ID card' }, 'zh-CN')).toBe('居民身份证');
  expect(localize({ 'zh-CN': '户口簿' }, 'en')).toBe('户口簿');
  expect(localize('户口簿', 'en')).toBe('户口簿');
  expect(localize(undefined, 'zh-CN')).toBe('');
});
