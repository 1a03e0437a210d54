/**
 * The TypeScript type name for an item's form data, from the item id (a lower-case slug).
 *
 * @example
 * formDataTypeName('dibao-apply');        // 'DibaoApplyFormData'
 * formDataTypeName('juzhuzheng-2024');    // 'Juzhuzheng2024FormData'
 */
export function formDataTypeName(specId: string): string {
  const pascal = specId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  // An identifier cannot start with a digit; the schema's id pattern already forbids it, but be safe.
  return `${/^[0-9]/.test(pascal) ? '_' : ''}${pascal}FormData`;
}
