import type { TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';

/** A JSON Schema (draft-07 subset `<ow-form>` understands); unknown keywords pass through untouched. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  dependencies?: Record<string, string[] | JsonSchema>;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  readOnly?: boolean;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  [keyword: string]: unknown;
}

/** An RJSF uiSchema: `ui:*` keys for this field, nested uiSchemas under property names and `items`. */
export interface UiSchema {
  [key: string]: unknown;
}

/** What a renderer receives: everything it needs to draw one field, already resolved. */
export interface FieldRenderProps {
  /** Unique id of the field's main control (label `for`). */
  id: string;
  /** Instance JSON pointer of the field, '' for the root. */
  path: string;
  /** The field's schema with `$ref`, `allOf`, `if/then/else` and `dependencies` applied for the current data. */
  schema: JsonSchema;
  uiSchema: UiSchema;
  value: unknown;
  /** `ui:title` → `title` → the property name. */
  label: string;
  description: string | undefined;
  help: string | undefined;
  placeholder: string | undefined;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** Error messages currently shown on this field (already localized). */
  errors: readonly string[];
  /** Ids of the description, help and error texts, for `aria-describedby` (undefined when none). */
  describedBy: string | undefined;
  descriptionId: string;
  helpId: string;
  errorId: string;
  lang: Lang;
  /** Report a new value for this field (`undefined` removes it from the form data). */
  onChange(value: unknown): void;
  /** Report that the user left the field (it is "touched": its errors show from now on). */
  onBlur(): void;
  /** At the root only: the top-level fields to show (the form's `fields`), undefined = all. */
  rootFields: readonly string[] | undefined;
  /** The field, for structural renderers (objects, arrays, oneOf) that render child fields. */
  field: FieldHost;
}

/** The part of a field that structural renderers use (a field is not an element of its own). */
export interface FieldHost {
  /**
   * The field's current value. Event handlers must read this rather than `props.value`: typing
   * in a child updates it without re-rendering this field, so `props.value` can be stale.
   */
  readonly value: unknown;
  /** The form's root schema (for `$ref`). */
  readonly rootSchema: JsonSchema;
  /**
   * Renders a child field for `key` (a property name or an array index; `null`: a field for
   * this same value under another schema, as a oneOf branch).
   */
  renderChild(
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): unknown;
  /**
   * Renders child fields, keyed (property names, or stable keys for items), in one child
   * position: cheaper than one {@link FieldHost.renderChild} per child in a `repeat`, since a
   * child whose renderer returns a Node is just that node in the DOM.
   */
  renderChildren(children: readonly ChildField[]): unknown;
  /** Reruns this field's render (e.g. after a local UI state change such as a oneOf switch). */
  requestUpdate(): void;
  /** Tells whether `value` satisfies `schema` (CSP-safe validator). */
  schemaMatches(schema: JsonSchema, value: unknown): boolean;
  /** Renderer-private state kept on the field across renders. */
  readonly state: Map<string, unknown>;
}

/** One child field for {@link FieldHost.renderChildren}. */
export interface ChildField {
  /** A property name or an array index (unique in the list). */
  key: string | number;
  schema: JsonSchema;
  uiSchema: UiSchema;
  value: unknown;
  required: boolean;
}

/**
 * What `pickRenderer` works out once per field and hands every tester, so that a dozen testers
 * do not each recompute it (a large form's first render runs them all for every field).
 */
export interface FieldFacts {
  /** `schemaType(schema)`: the JSON type the field renders as. */
  readonly type: string | undefined;
  /** `widgetOf(uiSchema)`: its `ui:widget`, if any. */
  readonly widget: string | undefined;
  /** `isEnumSchema(schema)`: a choice among fixed values. */
  readonly isEnum: boolean;
}

/**
 * Scores how well a renderer fits a schema: -1 (not applicable) or a rank; the highest rank wins.
 * `facts` holds what most testers ask (`pickRenderer` always passes it; a host calling a tester
 * itself may leave it out); a tester may ignore it and read the schema itself.
 */
export type RendererTester = (
  schema: JsonSchema,
  uiSchema: UiSchema,
  path: string,
  facts?: FieldFacts,
) => number;

/** One renderer in the registry (JSON Forms style): built-ins and host renderers share this shape. */
export interface RendererEntry {
  /** A name for debugging and for replacing an entry. */
  name: string;
  tester: RendererTester;
  render(props: FieldRenderProps): TemplateResult | unknown;
}

/** Returned by a tester that does not apply. */
export const NOT_APPLICABLE = -1;
