import { expect, test } from 'vitest';
import { checkPatternSafety, PATTERN_CHECK_LIMITS } from '../src/patternSafety.js';

// Found by bench/fuzz: a `pattern` of a million characters (a spec may hold five in its 5 MB) kept recheck
// busy for 16 s, superlinear in the length (1,000 characters: 0.1 s, 100,000: 1.3 s). A pattern longer than
// the limit is refused at once, by its length: the same on every machine.

test('a pattern over the length limit is unchecked at once, without recheck', () => {
  const started = performance.now();
  expect(checkPatternSafety('中'.repeat(1_000_000))).toEqual({
    status: 'unchecked',
    reason: 'unsupported',
    detail: `longer than ${PATTERN_CHECK_LIMITS.maxPatternLength.toLocaleString('en-US')} characters`,
  });
  expect(performance.now() - started).toBeLessThan(1_000);
});

test('a long list of codes under the limit is still checked (and safe)', () => {
  const codes = Array.from({ length: 2_800 }, (_, index) => String(110_000 + index)).join('|');
  const pattern = `^(?:${codes})$`;
  expect(pattern.length).toBeLessThan(PATTERN_CHECK_LIMITS.maxPatternLength);
  expect(checkPatternSafety(pattern)).toEqual({ status: 'safe' });
});
