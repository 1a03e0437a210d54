/**
 * Splits a JSON pointer into unescaped segments.
 *
 * @example
 * parseJsonPointer('/a~1b/0'); // ['a/b', '0']
 */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Joins segments into a JSON pointer, escaping `~` and `/`.
 *
 * @example
 * toJsonPointer(['materials', 0, 'id']); // '/materials/0/id'
 */
export function toJsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
