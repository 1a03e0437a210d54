import type { Lang } from '../i18n/lang.js';
import type { OwFormField } from './OwFormField.js';
import type { JsonSchema, RendererEntry, UiSchema } from './types.js';

/** Receives a child's new value: the parent field, or the form at the root. */
export interface FieldOwner {
  childChanged(key: string | number | null, value: unknown): void;
}

/** What every field reads from its `<ow-form>`. */
export interface FormContext extends FieldOwner {
  readonly rootSchema: JsonSchema;
  readonly formLang: Lang;
  readonly rootFields: readonly string[] | undefined;
  readonly liveValidate: boolean;
  readonly formDisabled: boolean;
  readonly formReadonly: boolean;
  /** Bumped when every field must re-render (language, disabled, readonly changed). */
  readonly epoch: number;
  pickRenderer(schema: JsonSchema, uiSchema: UiSchema, path: string): RendererEntry;
  schemaMatches(schema: JsonSchema, value: unknown): boolean;
  /** Error messages for one field's value against its own schema (live validation). */
  validateField(schema: JsonSchema, value: unknown, required: boolean, name: string): string[];
  nextId(): string;
  /** A field joined the form (created, or its part was reconnected). */
  register(field: OwFormField): void;
  /** A field left the form (its part was removed). */
  unregister(field: OwFormField): void;
  /** Queues a re-render of one field (fields render parents first, in a microtask). */
  scheduleRender(field: OwFormField): void;
}
