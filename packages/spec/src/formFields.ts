import { resolveLocalRef } from './schemaNavigation.js';

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schema itself (refs resolved) plus every schema that may add properties to the same instance:
 * allOf/anyOf/oneOf branches, if/then/else and schema dependencies, recursively.
 */
function alternatives(root: unknown, schema: unknown, depth = 0, into: SchemaObject[] = []): SchemaObject[] {
  const resolved = resolveLocalRef(root, schema);
  if (!resolved || depth > 16 || into.includes(resolved)) return into;
  into.push(resolved);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const branches = resolved[keyword];
    if (Array.isArray(branches)) for (const branch of branches) alternatives(root, branch, depth + 1, into);
  }
  for (const keyword of ['if', 'then', 'else']) {
    if (isObject(resolved[keyword])) alternatives(root, resolved[keyword], depth + 1, into);
  }
  if (isObject(resolved.dependencies)) {
    for (const dependency of Object.values(resolved.dependencies)) {
      if (isObject(dependency)) alternatives(root, dependency, depth + 1, into);
    }
  }
  return into;
}

function propertiesOf(root: unknown, schema: unknown): Map<string, unknown[]> {
  const properties = new Map<string, unknown[]>();
  for (const alternative of alternatives(root, schema)) {
    if (!isObject(alternative.properties)) continue;
    for (const [name, subschema] of Object.entries(alternative.properties)) {
      properties.set(name, [...(properties.get(name) ?? []), subschema]);
    }
  }
  return properties;
}

/**
 * The top-level field names of a form schema, including fields that appear only under
 * dependencies, if/then/else or allOf/anyOf/oneOf.
 *
 * @example
 * topLevelFormFields({ type: 'object', properties: { applicant: {}, household: {} } }); // ['applicant', 'household']
 */
export function topLevelFormFields(formSchema: unknown): string[] {
  return [...propertiesOf(formSchema, formSchema).keys()];
}

/**
 * True when a dot path (`applicant.byAgent`, `members.0.name`) names a field described by the form schema,
 * through properties, $ref/definitions, dependencies, if/then/else, allOf/anyOf/oneOf and array items.
 *
 * @example
 * formFieldExists(schema, 'applicant.byAgent'); // true when schema.properties.applicant.properties.byAgent exists
 */
export function formFieldExists(formSchema: unknown, path: string): boolean {
  let candidates: unknown[] = [formSchema];
  for (const segment of path.split('.')) {
    // A set of resolved schemas: the same definition reached twice (a property declared in two allOf
    // branches that refer to it) is one candidate, or the candidates double with every segment of the path.
    const next = new Set<unknown>();
    const add = (schema: unknown) => next.add(resolveLocalRef(formSchema, schema) ?? schema);
    for (const candidate of candidates) {
      for (const found of propertiesOf(formSchema, candidate).get(segment) ?? []) add(found);
      if (/^\d+$/.test(segment)) {
        for (const alternative of alternatives(formSchema, candidate)) {
          const items = alternative.items;
          if (Array.isArray(items)) add(items[Number(segment)]);
          else if (items !== undefined) add(items);
        }
      }
    }
    if (next.size === 0) return false;
    candidates = [...next];
  }
  return true;
}

/**
 * Every dot path the form schema describes (objects only, up to a depth), for "did you mean" suggestions.
 *
 * @example
 * formFieldPaths({ type: 'object', properties: { applicant: { type: 'object', properties: { name: {} } } } });
 * // ['applicant', 'applicant.name']
 */
export function formFieldPaths(formSchema: unknown, maxDepth = 4): string[] {
  const paths: string[] = [];
  const visit = (schema: unknown, prefix: string, depth: number) => {
    if (depth > maxDepth) return;
    for (const [name, subschemas] of propertiesOf(formSchema, schema)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (paths.includes(path)) continue;
      paths.push(path);
      for (const subschema of subschemas) visit(subschema, path, depth + 1);
    }
  };
  visit(formSchema, '', 0);
  return paths;
}
