import { type ChildPart, noChange, nothing, type RenderOptions, type RootPart, render } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { FieldOutlet, FieldParent, SlotField } from './fieldSlot.js';
import type { ChildField } from './types.js';

/**
 * One child's place in a {@link FieldList}. A field whose renderer returns a Node (every built-in
 * leaf does) is that node and nothing else: no lit part, no marker comments. Any other value (a
 * lit template, `nothing`, a DocumentFragment …) goes through a lit part rendered before a
 * marker, and stays so.
 */
class ListOutlet implements FieldOutlet {
  field!: SlotField;
  readonly #list: FieldList;
  #node: Node | undefined;
  #marker: Comment | undefined;
  #part: RootPart | undefined;
  #removed = false;

  constructor(list: FieldList) {
    this.#list = list;
  }

  get isConnected(): boolean {
    return !this.#removed && this.#list.isConnected;
  }

  get startNode(): Node | null {
    return this.#part ? this.#part.startNode : (this.#node ?? null);
  }

  get firstNode(): Node | null {
    return this.#part ? (this.#part.startNode?.nextSibling ?? null) : (this.#node ?? null);
  }

  get endNode(): Node | null {
    return this.#part ? (this.#marker ?? null) : (this.#node?.nextSibling ?? null);
  }

  /** The last node of the outlet's range. */
  get #last(): Node | undefined {
    return this.#marker ?? this.#node;
  }

  /** True when the outlet's nodes are in `parent` right before `ref`. */
  placedBefore(parent: Node, ref: Node | null): boolean {
    const last = this.#last;
    return last !== undefined && last.parentNode === parent && last.nextSibling === ref;
  }

  setValue(value: unknown): void {
    if (value === noChange || this.#removed) return;
    // A fragment empties itself into the DOM: it cannot stand for the field's place, a part can.
    if (!this.#part && value instanceof Node && value.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      const old = this.#node;
      this.#node = value;
      if (old && old !== value && old.parentNode) old.parentNode.replaceChild(value, old);
      return;
    }
    if (!this.#part) {
      // From here on a lit part renders whatever the field gives (a Node too).
      const marker = document.createComment('');
      const old = this.#node;
      const parent: Node = old?.parentNode ?? document.createDocumentFragment();
      parent.insertBefore(marker, old ?? null);
      if (old) parent.removeChild(old);
      this.#node = undefined;
      this.#marker = marker;
      this.#part = render(value, parent as HTMLElement, { ...this.#list.options, renderBefore: marker });
      return;
    }
    render(value, this.#part.parentNode as HTMLElement, {
      ...this.#list.options,
      renderBefore: this.#marker,
    });
  }

  /** In part mode: the part's nodes, start marker to end marker (collected first: callers move them). */
  #partNodes(): Node[] {
    const nodes: Node[] = [];
    const end = this.#marker;
    for (let node = this.#part?.startNode ?? null; node; node = node === end ? null : node.nextSibling)
      nodes.push(node);
    return nodes;
  }

  /** Moves (or first inserts) the outlet's nodes into `parent` before `ref`. */
  insertBefore(parent: Node, ref: Node | null): void {
    if (!this.#part) {
      if (this.#node) parent.insertBefore(this.#node, ref);
      return;
    }
    for (const node of this.#partNodes()) parent.insertBefore(node, ref);
  }

  /** Takes the outlet's nodes out of the DOM for good; its field leaves the form. */
  remove(): void {
    if (this.#part) {
      this.#part.setConnected(false);
      for (const node of this.#partNodes()) node.parentNode?.removeChild(node);
    } else this.#node?.parentNode?.removeChild(this.#node);
    this.#removed = true;
    this.field.detached();
  }

  /** The list's part was disconnected or reconnected by lit. */
  setConnected(connected: boolean): void {
    if (this.#removed) return;
    this.#part?.setConnected(connected);
    if (connected) this.field.attached();
    else this.field.detached();
  }
}

/**
 * Renders a parent's child fields, keyed by property name or index, in one child position: new
 * keys create fields, gone keys remove theirs, and the others get their new inputs and re-render
 * only when one changed. Where {@link fieldSlot} in a `repeat` costs a lit part and two marker
 * comments per field, a list of built-in leaf fields is just their nodes (`docs/decisions/0004`).
 *
 * @internal Used by `OwFormField.renderChildren` (objects).
 */
export class FieldList extends AsyncDirective {
  #outlets = new Map<string | number, ListOutlet>();
  #order: ListOutlet[] = [];
  /** Options of the list's part (host, scope) for the parts of template-rendered children. */
  options: RenderOptions | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('fieldList() belongs in a child position');
  }

  render(_parent: FieldParent, _children: readonly ChildField[]): unknown {
    return nothing;
  }

  override update(part: ChildPart, [parent, children]: Parameters<FieldList['render']>): unknown {
    this.options = part.options;
    const previous = this.#outlets;
    const outlets = new Map<string | number, ListOutlet>();
    const order: ListOutlet[] = [];
    for (const { key, schema, uiSchema, value, required } of children) {
      // A key given twice keeps its first place: one field per key (never two fighting over one place).
      if (outlets.has(key)) continue;
      let outlet = previous.get(key);
      if (!outlet) {
        outlet = new ListOutlet(this);
        outlet.field = parent.createChild(outlet, key, schema, uiSchema, value, required);
        outlet.setValue(outlet.field.template());
      } else {
        previous.delete(key);
        if (outlet.field.receive(parent.path, key, schema, uiSchema, value, required))
          outlet.setValue(outlet.field.template());
      }
      outlets.set(key, outlet);
      order.push(outlet);
    }
    for (const gone of previous.values()) gone.remove();
    this.#outlets = outlets;
    // Not part.parentNode: on a template's first render that names where the template will go,
    // while the markers are still in the template's fragment.
    const container = part.startNode!.parentNode!;
    if (this.#order.length === 0 && order.length > 0) {
      // First render: all in one insertion.
      const fragment = document.createDocumentFragment();
      for (const outlet of order) outlet.insertBefore(fragment, null);
      container.insertBefore(fragment, part.endNode);
    } else {
      // Walk back from the end, moving only what is not already in place.
      let ref: Node | null = part.endNode;
      for (let i = order.length - 1; i >= 0; i--) {
        const outlet = order[i]!;
        if (!outlet.placedBefore(container, ref)) outlet.insertBefore(container, ref);
        ref = outlet.startNode;
      }
    }
    this.#order = order;
    return noChange;
  }

  protected override disconnected(): void {
    for (const outlet of this.#order) outlet.setConnected(false);
  }

  protected override reconnected(): void {
    for (const outlet of this.#order) outlet.setConnected(true);
  }
}

/**
 * Renders a list of child fields in a child position of a parent's template.
 *
 * @example
 * html`<div>${fieldList(parentField, [{ key: 'name', schema, uiSchema: {}, value, required: true }])}</div>`
 */
export const fieldList = directive(FieldList);
