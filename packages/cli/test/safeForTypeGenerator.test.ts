import { describe, expect, it } from 'vitest';
import { safeForTypeGenerator } from '../src/safeForTypeGenerator.js';

describe('safeForTypeGenerator', () => {
  it('drops generator directives at every depth and keeps names and data', () => {
    const input = {
      type: 'object',
      tsType: 'any',
      properties: {
        tsType: { type: 'string', tsEnumNames: ['A'], enum: [{ tsType: 'kept: data' }] },
        list: { type: 'array', items: [{ extends: { type: 'string' }, const: { extends: 'kept' } }] },
      },
      'x-custom': { nested: { tsAnything: 1, type: 'number' } },
    };
    const before = structuredClone(input);
    expect(safeForTypeGenerator(input)).toEqual({
      type: 'object',
      properties: {
        tsType: { type: 'string', enum: [{ tsType: 'kept: data' }] },
        list: { type: 'array', items: [{ const: { extends: 'kept' } }] },
      },
      'x-custom': { nested: { type: 'number' } },
    });
    expect(input).toEqual(before);
  });

  it('keeps comment text inside its comment', () => {
    const output = safeForTypeGenerator({
      description: 'a */ b\r\nc\u2028d */',
      patternProperties: { '^a*/x*/$': { description: 7 } },
      properties: { list: { type: 'array', minItems: '*/ x', maxItems: 3 } },
    });
    expect(output).toEqual({
      description: 'a *\\/ b\nc\nd *\\/',
      patternProperties: { '^a*\\/x*\\/$': {} },
      properties: { list: { type: 'array', maxItems: 3 } },
    });
  });

  it('escapes a pattern without changing what it matches', () => {
    const [escaped] = Object.keys(
      safeForTypeGenerator({ patternProperties: { '^[*/]a*/$': {} } }).patternProperties as object,
    );
    for (const text of ['*aa/', '/a/', '*/', 'a', '*a']) {
      expect(new RegExp(escaped!, 'u').test(text)).toBe(/^[*/]a*\/$/u.test(text));
    }
  });
});
