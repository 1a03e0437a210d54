import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a misspelt word, or undefined when none is close enough
 * (edit distance at most 2, or a third of the word for long words; a different case or a prefix of the
 * candidate counts as close).
 *
 * @example
 * didYouMean('matrials', ['materials', 'form', 'flow']); // 'materials'
 * didYouMean('xyz', ['materials']);                      // undefined
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    // same word in another case, or the start of a longer name (zh → zh-CN), count as close
    const d =
      other === lower ? 0.5 : lower.length >= 2 && other.startsWith(lower) ? 1 : distance(lower, other);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= allowed && bestDistance < word.length ? best : undefined;
}
