import type { ServiceItemSpec } from '@onewindow/spec';

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; title?: unknown };

/**
 * The schema node a form field names: a top-level property name (`applicant`) or a JSON pointer
 * (`/applicant/idNumber`, `/members/0/name`). Undefined when the form has no such field.
 *
 * @example
 * formField(spec, '/applicant/idNumber')?.title // '身份证号'
 */
export function formField(spec: ServiceItemSpec, field: string): SchemaNode | undefined {
  const root = spec.form?.schema as SchemaNode | undefined;
  if (!root) return undefined;
  const path = field.startsWith('/')
    ? field
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    : [field];
  let node: SchemaNode | undefined = root;
  for (const part of path) {
    if (!node) return undefined;
    if (node.properties && Object.hasOwn(node.properties, part)) node = node.properties[part];
    else if (node.items && /^\d+$/.test(part)) node = node.items;
    else return undefined;
  }
  return node === root ? undefined : node;
}
