/**
 * Orders property names by a uiSchema `ui:order` list (RJSF semantics): names in the list come
 * in that order, `'*'` stands for every unlisted name (in schema order), and without `'*'`
 * unlisted names go last. Names in the list that the schema lacks are ignored, and so is a name
 * listed twice (after its first place): a field appears once.
 *
 * @example
 * orderProperties(['a', 'b', 'c', 'd'], ['c', '*', 'a']); // → ['c', 'b', 'd', 'a']
 */
export function orderProperties(names: readonly string[], order: readonly string[] | undefined): string[] {
  if (!order || order.length === 0) return [...names];
  const present = new Set(names);
  const listed = new Set(order.filter((name) => name !== '*'));
  const rest = names.filter((name) => !listed.has(name));
  const result: string[] = [];
  let restPlaced = false;
  for (const name of order) {
    if (name === '*') {
      if (!restPlaced) result.push(...rest);
      restPlaced = true;
    } else if (present.has(name)) {
      result.push(name);
      present.delete(name);
    }
  }
  if (!restPlaced) result.push(...rest);
  return result;
}
