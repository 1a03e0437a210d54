import recheck from 'recheck/lib/browser.js';

/**
 * How long the ReDoS check may take. recheck decides most patterns in milliseconds with its automaton
 * checker; patterns with lookaround, backreferences or large counted repeats go to its fuzzer, which needs
 * 0.5–5 s in pure JavaScript. A check past its time says nothing, and the pattern is refused (see
 * `semantic/form-schema-unchecked-pattern`), so validation stays bounded whatever a spec carries.
 */
export const PATTERN_CHECK_LIMITS = {
  /** Per pattern. */
  timeoutMs: 3_000,
  /** Per spec (all its patterns together); patterns left when it is spent are not checked. */
  budgetMs: 10_000,
} as const;

/** What the ReDoS checker found out about a pattern. */
export type PatternVerdict =
  | { status: 'safe' }
  | {
      status: 'slow';
      /** exponential, or polynomial of `degree` (2: quadratic) in the input length. */
      complexity: 'exponential' | 'polynomial';
      degree?: number;
      /** An input that makes it slow, as recheck writes it: `'a' + 'a'.repeat(31) + '\x00'`. */
      attack: string;
      /** The parts of the pattern that backtrack. */
      hotspot: string;
    }
  | { status: 'unchecked'; reason: 'timeout' | 'unsupported' | 'invalid' | 'error'; detail?: string };

/** Verdicts that do not depend on the time given (so not timeouts), by pattern source. */
const verdicts = new Map<string, PatternVerdict>();
const MAX_REMEMBERED = 1_000;

/**
 * Asks recheck (makenowjust-labs; its pure-JavaScript build, which runs synchronously in Node and in browsers
 * with no worker, native binary or Java) whether a `u`-flag pattern can take super-linear time, within
 * `timeoutMs`. Definite verdicts are remembered, so a CLI run over many specs checks each pattern once.
 *
 * @example
 * checkPatternSafety('^\\d{12,19}$'); // { status: 'safe' }
 * checkPatternSafety('^(a+)+$');
 * // { status: 'slow', complexity: 'exponential', attack: "'a' + 'a'.repeat(31) + '\\x00'", hotspot: 'a' }
 */
export function checkPatternSafety(
  source: string,
  timeoutMs: number = PATTERN_CHECK_LIMITS.timeoutMs,
): PatternVerdict {
  const known = verdicts.get(source);
  if (known) return known;
  let verdict: PatternVerdict;
  try {
    const result = recheck.checkSync(source, 'u', { timeout: Math.max(1, timeoutMs) });
    if (result.status === 'safe') verdict = { status: 'safe' };
    else if (result.status === 'vulnerable') {
      verdict = {
        status: 'slow',
        complexity: result.complexity.type,
        ...(result.complexity.type === 'polynomial' ? { degree: result.complexity.degree } : {}),
        attack: result.attack.pattern,
        hotspot: result.hotspot
          .filter((spot) => spot.temperature === 'heat')
          .map((spot) => source.slice(spot.start, spot.end))
          .join(' '),
      };
    } else {
      const { error } = result;
      verdict =
        error.kind === 'timeout' || error.kind === 'cancel'
          ? { status: 'unchecked', reason: 'timeout' }
          : {
              status: 'unchecked',
              reason: error.kind === 'unsupported' || error.kind === 'invalid' ? error.kind : 'error',
              detail: error.message,
            };
    }
  } catch (cause) {
    // Never let the checker break validateSpec's promise not to throw.
    verdict = { status: 'unchecked', reason: 'error', detail: (cause as Error)?.message ?? String(cause) };
  }
  if (!(verdict.status === 'unchecked' && verdict.reason === 'timeout')) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdicts.set(source, verdict);
  }
  return verdict;
}
