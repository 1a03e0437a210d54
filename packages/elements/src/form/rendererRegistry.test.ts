import { afterEach, describe, expect, test } from 'vitest';
import { pickRenderer, registerRenderer, rendererRegistry } from './rendererRegistry.js';
import { rankWith } from './testers.js';
import type { FieldFacts, JsonSchema, RendererEntry, UiSchema } from './types.js';

const builtIns = [...rendererRegistry];
afterEach(() => {
  rendererRegistry.splice(0, rendererRegistry.length, ...builtIns);
});

describe('pickRenderer', () => {
  test.each<[string, JsonSchema, UiSchema]>([
    ['text', { type: 'string' }, {}],
    ['text', { type: 'string', format: 'date' }, { 'ui:widget': 'date' }],
    ['number', { type: 'integer' }, {}],
    ['number', { type: ['number', 'null'] }, {}],
    ['textarea', { type: 'string' }, { 'ui:widget': 'textarea' }],
    ['select', { type: 'string', enum: ['a', 'b'] }, {}],
    ['select', { oneOf: [{ const: 'a' }, { const: 'b' }] }, {}],
    ['select', { type: 'boolean' }, { 'ui:widget': 'select' }],
    ['radio', { type: 'string', enum: ['男', '女'] }, { 'ui:widget': 'radio' }],
    ['radio', { type: 'boolean' }, { 'ui:options': { widget: 'radio' } }],
    ['checkbox', { type: 'boolean' }, {}],
    ['checkboxes', { type: 'array', uniqueItems: true, items: { enum: ['a', 'b'] } }, {}],
    ['array', { type: 'array', items: { type: 'string' } }, {}],
    ['object', { properties: { a: { type: 'string' } } }, {}],
    ['multi-schema', { oneOf: [{ properties: { a: { type: 'string' } } }, { type: 'string' }] }, {}],
    ['hidden', { type: 'string' }, { 'ui:widget': 'hidden' }],
  ])('%s for %j %j', (name, schema, uiSchema) => {
    expect(pickRenderer(schema, uiSchema, '/x').name).toBe(name);
  });

  test('a built-in tester called without facts works them out itself', () => {
    const radio = rendererRegistry.find((entry) => entry.name === 'radio')!;
    expect(radio.tester({ type: 'string', enum: ['男', '女'] }, { 'ui:widget': 'radio' }, '/x')).toBe(3);
    const text = rendererRegistry.find((entry) => entry.name === 'text')!;
    expect(text.tester({ type: 'integer' }, {}, '/x')).toBe(-1);
  });

  test('every tester gets the facts worked out once; a host tester may use them or ignore them', () => {
    const seen: (FieldFacts | undefined)[] = [];
    const spy: RendererEntry = {
      name: 'spy',
      tester: (_schema, _uiSchema, _path, facts) => {
        seen.push(facts);
        return -1;
      },
      render: () => null,
    };
    registerRenderer(spy);
    registerRenderer({
      name: 'region',
      tester: rankWith(10, (schema) => schema.format === 'cn-region'),
      render: () => null,
    });
    expect(
      pickRenderer({ type: 'string', format: 'cn-region', enum: ['330106'] }, { 'ui:widget': 'radio' }, '/x')
        .name,
    ).toBe('region');
    expect(seen).toEqual([{ type: 'string', widget: 'radio', isEnum: true }]);
  });
});
