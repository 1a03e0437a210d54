import type { Finding } from '../Finding.js';
import { error } from './Rule.js';

/**
 * Reports the second and later uses of each id in a list, pointing at the later id and naming the first.
 *
 * @example
 * uniqueIds('semantic/duplicate-stage-id', spec.flow.stages, (i) => `/flow/stages/${i}`, report);
 */
export function uniqueIds(
  code: string,
  items: readonly { id?: string | undefined }[],
  pointerOf: (index: number) => string,
  report: (finding: Finding) => void,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else report(error(code, `${pointerOf(index)}/id`, { id: item.id, first: `${pointerOf(earlier)}/id` }));
  });
}
