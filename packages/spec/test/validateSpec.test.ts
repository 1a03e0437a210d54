import { describe, expect, test } from 'vitest';
import { validateSpec } from '../src/index.js';
import { fixtureText, positionOf, textOf, validSpec, withCode } from './helpers.js';

describe('validateSpec: valid input', () => {
  test('accepts the fixture as text and as an object, and returns the spec', () => {
    const fromText = validateSpec(fixtureText);
    expect(fromText).toMatchObject({ ok: true, diagnostics: [] });
    expect(fromText.spec?.id).toBe('dibao-apply');
    const spec = validSpec();
    expect(validateSpec(spec)).toEqual({ ok: true, spec, diagnostics: [] });
  });
});

describe('validateSpec: JSON syntax', () => {
  test('a trailing comma is reported once, at its line and column', () => {
    const text = '{\n  "specVersion": 1,\n  "id": "x",\n}\n';
    const result = validateSpec(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json/syntax', pointer: '', line: 4, column: 1 });
    expect(result.diagnostics[0]?.message).toContain('多余的逗号');
    expect(validateSpec(text, { lang: 'en' }).diagnostics[0]?.message).toContain('trailing comma');
  });

  test('comments are refused (specs are strict JSON)', () => {
    const text = '{\n  "specVersion": 1, // 规范版本\n  "id": "x"\n}';
    const [diagnostic] = validateSpec(text).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'json/syntax', ...positionOf(text, '// 规范版本') });
    expect(diagnostic?.message).toContain('不允许注释');
  });

  test('a missing comma between properties points at the second property', () => {
    const text = '{\n  "specVersion": 1\n  "id": "x"\n}';
    const [diagnostic] = validateSpec(text).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'json/syntax', ...positionOf(text, '"id"') });
    expect(diagnostic?.message).toContain('缺少逗号');
  });

  test('single quotes, empty text and a truncated file', () => {
    expect(validateSpec("{'id': 1}").diagnostics[0]).toMatchObject({
      code: 'json/syntax',
      line: 1,
      column: 2,
    });
    expect(validateSpec('  \n').diagnostics[0]).toMatchObject({ code: 'json/syntax', line: 1, column: 1 });
    const truncated = fixtureText.slice(0, fixtureText.indexOf('"mode"') + 8);
    const diagnostics = validateSpec(truncated).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === 'json/syntax')).toBe(true);
  });

  test('a byte-order mark is accepted and takes no column; CRLF line ends count as one', () => {
    expect(validateSpec(`\ufeff${fixtureText}`).ok).toBe(true);
    const text = `\ufeff${fixtureText.replace('"legal": 30', '"legal": "30"').replace(/\n/g, '\r\n')}`;
    const expected = positionOf(fixtureText, '"legal": 30', { at: '30' });
    expect(validateSpec(text).diagnostics[0]).toMatchObject({ code: 'schema/type', ...expected });
  });

  test('an object that cannot become JSON is reported, not thrown', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(validateSpec(cyclic).diagnostics).toMatchObject([
      { code: 'json/not-serializable', line: 1, column: 1 },
    ]);
    expect(validateSpec(undefined).diagnostics[0]?.code).toBe('json/not-serializable');
  });
});

describe('validateSpec: schema errors in plain words', () => {
  test('an unknown key points at the key, with did-you-mean from the allowed names', () => {
    const text = fixtureText.replace('"maxVisits": 0', '"maxVisit": 0');
    const [diagnostic] = validateSpec(text).diagnostics.filter(
      (d) => d.code === 'schema/additional-property',
    );
    expect(diagnostic).toMatchObject({ pointer: '/maxVisit', ...positionOf(text, '"maxVisit"') });
    expect(diagnostic?.message).toBe('不认识的字段“maxVisit”，是否想写“maxVisits”？');
    const [english] = validateSpec(text, { lang: 'en' }).diagnostics.filter(
      (d) => d.code === 'schema/additional-property',
    );
    expect(english?.message).toBe('Unknown field "maxVisit". Did you mean "maxVisits"?');
  });

  test('a missing required field points at the parent object and names the field with its title', () => {
    const spec = validSpec();
    delete (spec.timeLimit as Partial<typeof spec.timeLimit>).promised;
    const [diagnostic] = withCode(validateSpec(spec).diagnostics, 'schema/required');
    expect(diagnostic).toMatchObject({
      pointer: '/timeLimit',
      ...positionOf(textOf(spec), '"timeLimit": {', { at: '{' }),
    });
    expect(diagnostic?.message).toBe('缺少必填字段“承诺办结时限”（promised）。');
    expect(withCode(validateSpec(spec, { lang: 'en' }).diagnostics, 'schema/required')[0]?.message).toBe(
      'Missing required field "promised" (Promised limit).',
    );
  });

  test('a wrong type names the field title and the expected type', () => {
    const text = fixtureText.replace('"legal": 30', '"legal": "30"');
    const [diagnostic] = validateSpec(text).diagnostics;
    expect(diagnostic).toMatchObject({
      code: 'schema/type',
      pointer: '/timeLimit/legal',
      ...positionOf(text, '"legal": "30"', { at: '"30"' }),
    });
    expect(diagnostic?.message).toBe('“法定办结时限”（legal）应为整数或null（表示没有）。'); // null: 无法定时限
    expect(validateSpec(text, { lang: 'en' }).diagnostics[0]?.message).toBe(
      '"legal" (Legal limit) must be an integer or null (none).',
    );
  });

  test('an enum value lists the allowed values with their Chinese labels and suggests the closest', () => {
    const text = fixtureText.replace('"mode": "promised"', '"mode": "promise"');
    const [diagnostic] = validateSpec(text).diagnostics;
    expect(diagnostic).toMatchObject({
      code: 'schema/enum',
      pointer: '/mode',
      ...positionOf(text, '"promise"'),
    });
    expect(diagnostic?.message).toContain('instant（即办件）、promised（承诺件）、escalated（上报件）');
    expect(diagnostic?.message).toContain('是否想写“promised”');
  });

  test('LocalizedText: the anyOf noise collapses into one message', () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    spec.department = 42;
    const diagnostics = validateSpec(spec).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'schema/localized-text',
      pointer: '/department',
      ...positionOf(textOf(spec), '"department": 42', { at: '42' }),
    });
    expect(diagnostics[0]?.message).toBe(
      '“主管部门”（department）应为非空文本，或 {"zh-CN": "…", "en": "…"}。',
    );
  });

  test('LocalizedText: an object with a misspelt language key reports the key, not the anyOf', () => {
    const spec = validSpec() as unknown as Record<string, unknown>;
    spec.department = { zh: '民政局' };
    const codes = validateSpec(spec).diagnostics.map((d) => [d.code, d.pointer]);
    expect(codes).toEqual([
      ['schema/required', '/department'],
      ['schema/additional-property', '/department/zh'],
    ]);
    expect(validateSpec(spec).diagnostics[1]?.message).toContain('是否想写“zh-CN”');
  });

  test('LocalizedText: an empty string says it must not be empty', () => {
    const spec = validSpec();
    spec.shortName = '';
    expect(validateSpec(spec).diagnostics).toMatchObject([
      { code: 'schema/min-length', pointer: '/shortName', message: '“事项简称”（shortName）不能为空。' },
    ]);
  });

  test('material required: {} asks for "when"; a non-logic "when" is a type error', () => {
    const spec = validSpec() as unknown as { materials: Record<string, unknown>[] };
    (spec.materials[4] as Record<string, unknown>).required = {};
    (spec.materials[5] as Record<string, unknown>).required = { when: 3 };
    const diagnostics = validateSpec(spec).diagnostics.map((d) => [d.code, d.pointer]);
    expect(diagnostics).toEqual([
      ['schema/required', '/materials/4/required'],
      ['schema/type', '/materials/5/required/when'],
    ]);
  });

  test('pattern, minItems, minimum, uniqueItems and const', () => {
    const spec = validSpec() as unknown as Record<string, unknown> & { timeLimit: Record<string, unknown> };
    spec.id = 'Dibao Apply';
    spec.conditions = [];
    spec.timeLimit.legal = -1;
    spec.audience = ['1', '1'];
    spec.specVersion = 2;
    const byCode = Object.fromEntries(validateSpec(spec).diagnostics.map((d) => [d.code, d]));
    expect(byCode['schema/pattern']).toMatchObject({ pointer: '/id' });
    expect(byCode['schema/pattern']?.message).toContain('“事项标识”（id）的格式不正确');
    expect(byCode['schema/min-items']?.message).toBe('“受理条件”（conditions）至少要有一项。');
    expect(byCode['schema/minimum']?.message).toBe('“法定办结时限”（legal）不能小于 0（现为 -1）。');
    expect(byCode['schema/unique-items']?.message).toBe('“服务对象”（audience）中第 1 项与第 2 项重复。');
    expect(byCode['schema/const']?.message).toBe('“规范版本”（specVersion）只能是 1。');
  });

  test('fees: free false requires items (if/then), reported once without the if noise', () => {
    const spec = validSpec();
    spec.fees = { free: false };
    expect(validateSpec(spec).diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['schema/required', '/fees'],
    ]);
  });

  test('a non-object spec is a type error at the root', () => {
    expect(validateSpec('[1, 2]').diagnostics).toMatchObject([
      { code: 'schema/type', pointer: '', line: 1, column: 1 },
    ]);
  });
});
