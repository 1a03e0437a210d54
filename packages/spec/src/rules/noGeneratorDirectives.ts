import { toJsonPointer } from '../jsonPointer.js';
import { error, type Rule } from './Rule.js';

/**
 * Whether a JSON Schema keyword is an instruction to a TypeScript generator rather than a constraint on
 * data. json-schema-to-typescript (behind `onewindow types` and `compile`) pastes `tsType` into the
 * generated file as written, names enum members after `tsEnumNames` and makes interfaces extend the
 * schemas in the draft-03 `extends`; other generators use further `ts…` keywords (`tsExtends`). A spec
 * may come from anywhere, so none of them is allowed in it: every `ts` + capital letter keyword is
 * refused, so that a directive added by a later generator version is refused too.
 *
 * @example
 * isGeneratorDirective('tsType');   // true
 * isGeneratorDirective('extends');  // true
 * isGeneratorDirective('title');    // false
 */
export function isGeneratorDirective(keyword: string): boolean {
  return /^ts[A-Z]/.test(keyword) || keyword === 'extends';
}

/** Keywords whose value is data (a literal), never a schema: nothing inside them is a keyword. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/** Keywords whose value maps names (of fields, patterns, definitions) to schemas. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);

/** A place still to look at: a (sub)schema, a map of names to schemas, or a directive found. */
type Visit =
  | { role: 'schema' | 'names'; value: unknown; pointer: string }
  | { role: 'directive'; keyword: string; pointer: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The form schema has no generator directive ({@link isGeneratorDirective}) in any schema position: in
 * the schema itself and in every subschema, including under keywords unknown to JSON Schema (generators
 * look for schemas there too). Names of fields and values of `enum`, `const`, `default` and `examples`
 * are data and may be anything. Each offending keyword is reported at its key.
 * Code: `semantic/form-schema-generator-directive`.
 *
 * @example
 * noGeneratorDirectives(spec, (finding) => findings.push(finding));
 */
export const noGeneratorDirectives: Rule = (spec, report) => {
  // An explicit stack, not recursion, so that a deeply nested form schema cannot overflow the call stack;
  // children are pushed last first so that findings come out in document order.
  const stack: Visit[] = [{ role: 'schema', value: spec.form.schema, pointer: '/form/schema' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.role === 'directive') {
      report(
        error('semantic/form-schema-generator-directive', visit.pointer, { keyword: visit.keyword }, true),
      );
      continue;
    }
    const { role, value, pointer } = visit;
    const children: Visit[] = [];
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries())
        children.push({ role: 'schema', value: item, pointer: `${pointer}/${index}` });
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const at = `${pointer}${toJsonPointer([key])}`;
        if (role === 'names') {
          children.push({ role: 'schema', value: child, pointer: at });
          continue;
        }
        if (isGeneratorDirective(key)) children.push({ role: 'directive', keyword: key, pointer: at });
        if (DATA_KEYWORDS.has(key)) continue;
        children.push({ role: NAME_MAPS.has(key) ? 'names' : 'schema', value: child, pointer: at });
      }
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
};
