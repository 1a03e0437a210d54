import { html, render } from 'lit';
import { describe, expect, test } from 'vitest';
import { fieldList } from './fieldList.js';
import type { FieldOutlet, FieldParent, SlotField } from './fieldSlot.js';
import type { ChildField } from './types.js';

/** A child field whose output the test sets: a Node it keeps, or any lit value. */
class TestField implements SlotField {
  output: unknown;
  renders = 0;
  attachedCount = 0;
  detachedCount = 0;
  value: unknown;
  constructor(
    readonly key: string | number,
    readonly outlet: FieldOutlet,
    value: unknown,
  ) {
    this.value = value;
    const span = document.createElement('span');
    span.dataset.key = String(key);
    this.output = span;
  }
  receive(_path: string, _key: string | number | null, _s: unknown, _u: unknown, value: unknown): boolean {
    const changed = value !== this.value;
    this.value = value;
    return changed;
  }
  template(): unknown {
    this.renders++;
    return this.output;
  }
  detached(): void {
    this.detachedCount++;
  }
  attached(): void {
    this.attachedCount++;
  }
}

function setup() {
  const fields = new Map<string | number, TestField>();
  const parent: FieldParent = {
    path: '',
    createChild: (outlet, key, _schema, _ui, value) => {
      const field = new TestField(key!, outlet, value);
      fields.set(key!, field);
      return field;
    },
  };
  const container = document.createElement('div');
  document.body.append(container);
  const children = (keys: (string | number)[], values: Record<string, unknown> = {}): ChildField[] =>
    keys.map((key) => ({ key, schema: {}, uiSchema: {}, value: values[key], required: false }));
  const show = (keys: (string | number)[], values?: Record<string, unknown>) =>
    render(
      html`<p>before</p><div class="list">${fieldList(parent, children(keys, values))}</div><p>after</p>`,
      container,
    );
  const list = () => container.querySelector('.list')!;
  /** The list's content: element keys or text, comments left out. */
  const shown = () =>
    [...list().childNodes]
      .filter((node) => node.nodeType !== Node.COMMENT_NODE)
      .map((node) => (node as HTMLElement).dataset?.key ?? node.textContent);
  const comments = () => [...list().childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
  return { fields, container, show, list, shown, comments };
}

describe('fieldList', () => {
  test('Node children are just their nodes, in order; only the list part has markers', () => {
    const { show, shown, comments } = setup();
    show(['a', 'b', 'c']);
    expect(shown()).toEqual(['a', 'b', 'c']);
    // lit's own marker for the list's position (one comment): none per child.
    expect(comments()).toBe(1);
  });

  test('reordering moves the same nodes; a child re-renders only when its input changed', () => {
    const { show, shown, fields, list } = setup();
    show(['a', 'b', 'c'], { a: 1, b: 2, c: 3 });
    const nodes = [...list().querySelectorAll('span')];
    show(['c', 'a', 'b'], { a: 1, b: 20, c: 3 });
    expect(shown()).toEqual(['c', 'a', 'b']);
    expect(list().querySelector('[data-key=c]')).toBe(nodes[2]);
    expect(fields.get('a')!.renders).toBe(1);
    expect(fields.get('b')!.renders).toBe(2);
  });

  test('a gone key removes its node and its field leaves; a new key is created in its place', () => {
    const { show, shown, fields } = setup();
    show(['a', 'b', 'c']);
    const b = fields.get('b')!;
    show(['a', 'd', 'c']);
    expect(shown()).toEqual(['a', 'd', 'c']);
    expect(b.detachedCount).toBe(1);
    expect(b.outlet.isConnected).toBe(false);
    expect(fields.get('d')!.outlet.isConnected).toBe(true);
  });

  test('children that render templates get a part, move with the others and leave nothing behind', () => {
    const { show, shown, fields, list } = setup();
    show(['a', 'b']);
    // b now renders a template: its node gives way to the template's content.
    const b = fields.get('b')!;
    b.output = html`<em>b1</em><em>b2</em>`;
    b.outlet.setValue(b.template());
    expect(shown()).toEqual(['a', 'b1', 'b2']);
    expect(b.outlet.firstNode?.textContent).toBe('b1');
    show(['b', 'a']);
    expect(shown()).toEqual(['b1', 'b2', 'a']);
    // Back to a Node: lit renders it in the part.
    const node = document.createElement('span');
    node.dataset.key = 'b3';
    b.output = node;
    b.outlet.setValue(b.template());
    expect(shown()).toEqual(['b3', 'a']);
    show(['a']);
    expect(shown()).toEqual(['a']);
    expect(list().querySelectorAll('em, span').length).toBe(1);
    expect(list().childNodes.length).toBe(2); // a and the list's marker
  });

  test('a DocumentFragment is rendered through a part: its nodes stay tracked across renders', () => {
    const { show, shown, fields } = setup();
    const fragment = (...keys: string[]) => {
      const result = document.createDocumentFragment();
      for (const key of keys) {
        const span = document.createElement('span');
        span.dataset.key = key;
        result.append(span);
      }
      return result;
    };
    show(['a', 'b']);
    const a = fields.get('a')!;
    a.output = fragment('a1', 'a2');
    a.outlet.setValue(a.template());
    expect(shown()).toEqual(['a1', 'a2', 'b']);
    a.output = fragment('a3');
    a.outlet.setValue(a.template());
    expect(shown()).toEqual(['a3', 'b']);
    show(['b', 'a']);
    expect(shown()).toEqual(['b', 'a3']);
  });

  test('a field re-renders alone through its outlet: a new Node takes the old one’s place', () => {
    const { show, shown, fields } = setup();
    show(['a', 'b', 'c']);
    const b = fields.get('b')!;
    const replacement = document.createElement('span');
    replacement.dataset.key = 'B';
    b.output = replacement;
    b.outlet.setValue(b.template());
    expect(shown()).toEqual(['a', 'B', 'c']);
    expect(b.outlet.startNode).toBe(replacement);
    expect(b.outlet.endNode).toBe(fields.get('c')!.outlet.startNode);
  });

  test('lit disconnecting the list (part.setConnected) detaches every child; reconnecting attaches it', () => {
    const { show, fields } = setup();
    const root = show(['a', 'b']);
    root.setConnected(false);
    expect([...fields.values()].map((field) => [field.detachedCount, field.outlet.isConnected])).toEqual([
      [1, false],
      [1, false],
    ]);
    root.setConnected(true);
    expect([...fields.values()].map((field) => [field.attachedCount, field.outlet.isConnected])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  test('when lit replaces the template holding the list, every child leaves the form', () => {
    const { container, show, fields } = setup();
    show(['a', 'b']);
    render(html`<p>gone</p>`, container);
    expect([...fields.values()].map((field) => field.detachedCount)).toEqual([1, 1]);
    expect(fields.get('a')!.outlet.isConnected).toBe(false);
  });

  test('a key given twice keeps its first place; the list stays sound for the next render', () => {
    const { show, shown, list } = setup();
    show(['a', 'b', 'c']);
    show(['a', 'b', 'b', 'c']);
    expect(shown()).toEqual(['a', 'b', 'c']);
    show(['c', 'b', 'a']);
    expect(shown()).toEqual(['c', 'b', 'a']);
    expect(list().querySelectorAll('span')).toHaveLength(3);
  });
});
