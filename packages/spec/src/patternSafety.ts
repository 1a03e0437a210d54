import recheck from 'recheck/lib/browser.js';

/**
 * How far the ReDoS check goes. recheck decides most patterns in milliseconds with its automaton checker;
 * patterns with lookaround, backreferences or large counted repeats go to its fuzzer, which takes 0.5–7 s
 * in pure JavaScript (measured on a 2-core machine under load, docs/decisions/0006-deterministic-pattern-check.md).
 *
 * The verdict must not depend on how busy the machine is, so nothing inside the check reads the clock:
 * recheck's own per-run time limits (incubation, attack, seeding), under which a run cut short by a busy
 * machine counted as a *successful attack* and a harmless pattern could be called slow, are turned off, and
 * the fuzzer is bounded by counts instead (its seeded random generator, step limits and the attack limits
 * below), so a pattern gets the same verdict on every machine at any load. Two wall-clock limits remain as
 * safety nets against a spec built to keep the checker busy; they are an order of magnitude above the
 * slowest ordinary pattern measured under load, so that only such a spec meets them. A pattern not decided
 * within them is refused (see `semantic/form-schema-unchecked-pattern`), so validation stays bounded
 * whatever a spec carries.
 */
export const PATTERN_CHECK_LIMITS = {
  /** Safety net per pattern, wall clock. */
  timeoutMs: 60_000,
  /** Safety net per spec (all its patterns together); patterns left when it is spent are not checked. */
  budgetMs: 120_000,
  /**
   * Attack attempts per pattern: each time the fuzzer finds an input that makes the pattern work hard it
   * tries to grow it into an attack (exponential, then degree 4, 3, 2). A pattern that needs more attempts
   * than this without being shown slow is refused as unchecked: a count, so the same on every machine.
   */
  maxAttackAttempts: 8,
  /** Steps recheck's matcher may take on one attack string before the pattern counts as slow. */
  attackSteps: 1_000_000,
  /** Longest attack string tried (characters). */
  attackLength: 30_000,
  /**
   * Longest pattern checked (characters): recheck's time grows faster than the length (1,000: 0.1 s;
   * 100,000: 1.3 s; 1,000,000: 16 s), so a longer pattern is refused by its length alone. 20,000 leaves room
   * for a list of every county code (`^(?:110101|…)$`), though a list is better written as `enum`.
   */
  maxPatternLength: 20_000,
} as const;

/** recheck's parameters: no clock inside the check, counts instead (see PATTERN_CHECK_LIMITS). */
const RECHECK_PARAMETERS = {
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
  // Recall validation runs the attack on the host's RegExp engine with a wall-clock limit; off (recheck's
  // default too, and the pure-JavaScript build has no engine to run it on).
  recallTimeout: -1,
  randomSeed: 0,
  attackLimit: PATTERN_CHECK_LIMITS.attackSteps,
  maxAttackStringSize: PATTERN_CHECK_LIMITS.attackLength,
  maxRecallStringSize: PATTERN_CHECK_LIMITS.attackLength,
} as const;

/** Thrown from recheck's logger to stop a check that needs more attack attempts than allowed. */
class TooManyAttackAttempts extends Error {}

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
 * with no worker, native binary or Java) whether a `u`-flag pattern can take super-linear time. The verdict
 * is the same on every machine at any load (see PATTERN_CHECK_LIMITS), unless the `timeoutMs` safety net is
 * met first. Definite verdicts are remembered, so a CLI run over many specs checks each pattern once.
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
  if (source.length > PATTERN_CHECK_LIMITS.maxPatternLength) {
    const limit = PATTERN_CHECK_LIMITS.maxPatternLength.toLocaleString('en-US');
    return { status: 'unchecked', reason: 'unsupported', detail: `longer than ${limit} characters` };
  }
  const known = verdicts.get(source);
  if (known) return known;
  let verdict: PatternVerdict;
  let attackAttempts = 0;
  const countAttackAttempts = (message: string) => {
    if (message.startsWith('fuzz: attack (') && ++attackAttempts > PATTERN_CHECK_LIMITS.maxAttackAttempts) {
      throw new TooManyAttackAttempts();
    }
  };
  try {
    const result = recheck.checkSync(source, 'u', {
      ...RECHECK_PARAMETERS,
      timeout: Math.max(1, timeoutMs),
      logger: countAttackAttempts,
    });
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
    verdict =
      cause instanceof TooManyAttackAttempts
        ? {
            status: 'unchecked',
            reason: 'unsupported',
            detail: `more than ${PATTERN_CHECK_LIMITS.maxAttackAttempts} attack attempts needed to decide`,
          }
        : // Never let the checker break validateSpec's promise not to throw.
          { status: 'unchecked', reason: 'error', detail: (cause as Error)?.message ?? String(cause) };
  }
  if (!(verdict.status === 'unchecked' && verdict.reason === 'timeout')) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdicts.set(source, verdict);
  }
  return verdict;
}
