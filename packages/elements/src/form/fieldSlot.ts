import { type ChildPart, noChange, nothing } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { JsonSchema, UiSchema } from './types.js';

/** What a {@link FieldSlot} renders: a field created by its parent on first render. */
export interface SlotField {
  /** Tells whether new inputs from the parent need a re-render. */
  receive(
    parentPath: string,
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): boolean;
  template(): unknown;
  /** The field left the form (its part was removed). */
  detached(): void;
  /** The field's part is back (lit reconnected it). */
  attached(): void;
}

/**
 * Where a field's DOM sits in its parent's: a {@link FieldSlot} (a lit part) or one child of a
 * `fieldList`. The field renders through it and finds its nodes through it.
 */
export interface FieldOutlet {
  /** The outlet's first node (a marker, or the field's own node), for document order. */
  readonly startNode: Node | null;
  /** The first node of the field's content. */
  readonly firstNode: Node | null;
  /** The node after the field's content (null: the end of its parent). */
  readonly endNode: Node | null;
  /** False once the outlet's part was removed or disconnected. */
  readonly isConnected: boolean;
  /** Renders a new value (anything lit renders) in the field's place. */
  setValue(value: unknown): void;
}

/** The parent of a slot: a field, or the form for the root field. */
export interface FieldParent {
  /** Instance JSON pointer of the parent ('' at the root). */
  readonly path: string;
  createChild(
    outlet: FieldOutlet,
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): SlotField;
}

/**
 * The lit directive a field renders through: on first render its parent creates the field;
 * later parent renders pass new inputs and the field re-renders only when one changed
 * (`noChange` otherwise). A field re-renders alone with {@link FieldSlot.setValue}.
 *
 * @internal Used by `OwFormField.renderChild` and `<ow-form>`.
 */
export class FieldSlot extends AsyncDirective implements FieldOutlet {
  #field: SlotField | undefined;
  #part: ChildPart | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('fieldSlot() belongs in a child position');
  }

  /** The first DOM node of the slot (a lit marker). */
  get startNode(): Node | null {
    return this.#part?.startNode ?? null;
  }

  get firstNode(): Node | null {
    return this.#part?.startNode?.nextSibling ?? null;
  }

  /** The node after the slot's content (null: the end of its parent). */
  get endNode(): Node | null {
    return this.#part?.endNode ?? null;
  }

  render(
    _parent: FieldParent,
    _key: string | number | null,
    _schema: JsonSchema,
    _uiSchema: UiSchema,
    _value: unknown,
    _required: boolean,
  ): unknown {
    return nothing;
  }

  override update(
    part: ChildPart,
    [parent, key, schema, uiSchema, value, required]: Parameters<FieldSlot['render']>,
  ): unknown {
    let field = this.#field;
    if (!field) {
      this.#part = part;
      field = parent.createChild(this, key, schema, uiSchema, value, required);
      this.#field = field;
      return field.template();
    }
    return field.receive(parent.path, key, schema, uiSchema, value, required) ? field.template() : noChange;
  }

  protected override disconnected(): void {
    this.#field?.detached();
  }

  protected override reconnected(): void {
    this.#field?.attached();
  }
}

/**
 * Renders one field of a form in a child position of its parent's template.
 *
 * @example
 * html`<div>${fieldSlot(parentField, 'name', schema, uiSchema, value, true)}</div>`
 */
export const fieldSlot = directive(FieldSlot);
