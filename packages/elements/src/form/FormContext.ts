import type { Lang } from '../i18n/lang.js';
import type { JsonSchema, RendererEntry, UiSchema } from './types.js';

/** Receives a child's new value: the parent field, or the form at the root. */
export interface FieldOwner {
  childChanged(key: string | number | null, value: unknown): void;
}

/** What every field element reads from its `<ow-form>`. */
export interface FormContext extends FieldOwner {
  readonly rootSchema: JsonSchema;
  readonly formLang: Lang;
  readonly rootFields: readonly string[] | undefined;
  readonly liveValidate: boolean;
  readonly formDisabled: boolean;
  readonly formReadonly: boolean;
  pickRenderer(schema: JsonSchema, uiSchema: UiSchema, path: string): RendererEntry;
  schemaMatches(schema: JsonSchema, value: unknown): boolean;
  /** Error messages for one field's value against its own schema (live validation). */
  validateField(schema: JsonSchema, value: unknown, required: boolean, name: string): string[];
  nextId(): string;
  register(field: HTMLElement): void;
  unregister(field: HTMLElement): void;
}
