import { describe, expect, test, vi } from 'vitest';

// The fuzzer is bounded by a count of attack attempts, not by time (see PATTERN_CHECK_LIMITS): a pattern
// that needs more is refused as unchecked, the same way on every machine. A pattern that really needs that
// many takes recheck 10–70 s, so recheck is replaced here by one that only logs attempts.

vi.mock('recheck/lib/browser.js', () => ({
  default: {
    checkSync: (_source: string, _flags: string, params: { logger?: (message: string) => void }) => {
      for (let attempt = 0; attempt < 100; attempt++) params.logger?.('fuzz: attack (polynomial: 2)');
      return { status: 'safe', checker: 'fuzz', complexity: { type: 'safe', summary: '', isFuzz: true } };
    },
  },
}));

describe('attack attempts', () => {
  test('a pattern that needs more attack attempts than allowed is unchecked, with the count', async () => {
    const { checkPatternSafety, PATTERN_CHECK_LIMITS } = await import('../src/patternSafety.js');
    expect(checkPatternSafety('^(?:x|y)+(?=z)$')).toEqual({
      status: 'unchecked',
      reason: 'unsupported',
      detail: `more than ${PATTERN_CHECK_LIMITS.maxAttackAttempts} attack attempts needed to decide`,
    });
  });
});
