import { describe, expect, test } from 'vitest';
import { type CatalogEntry, lintCatalog } from '../src/index.js';
import { fixtureText, positionOf, textOf, validSpec } from './helpers.js';

const other = () => {
  const spec = validSpec();
  spec.id = 'dibao-change';
  spec.name = '城乡居民最低生活保障变更';
  spec.code = { basic: '0500011001', implementation: '211103-0500011001' };
  return spec;
};

describe('lintCatalog', () => {
  test('a consistent catalog has no diagnostics', () => {
    expect(
      lintCatalog([
        { spec: validSpec(), file: 'a.json' },
        { spec: other(), file: 'b.json' },
      ]),
    ).toEqual([]);
  });

  test('duplicate ids: reported on the later entry, with file and line:column in its source', () => {
    const copy = other();
    copy.id = 'dibao-apply';
    const copyText = textOf(copy).replace(/\n {2}/g, '\n    '); // a source with different indentation
    const entries: CatalogEntry[] = [
      { spec: validSpec(), file: 'dibao-apply.json', source: fixtureText },
      { spec: copy, file: 'dibao-copy.json', source: copyText },
    ];
    const diagnostics = lintCatalog(entries);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'catalog/duplicate-id',
      severity: 'error',
      file: 'dibao-copy.json',
      pointer: '/id',
      ...positionOf(copyText, '"dibao-apply"'),
    });
    expect(diagnostics[0]?.message).toContain('dibao-apply.json');
    expect(lintCatalog(entries, { lang: 'en' })[0]?.message).toContain('appears twice');
  });

  test('one implementation code, two names (同一事项同一编码)', () => {
    const renamed = other();
    renamed.code = validSpec().code;
    const diagnostics = lintCatalog([
      { spec: validSpec(), file: 'a.json' },
      { spec: renamed, file: 'b.json' },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['catalog/code-name-mismatch']);
    expect(diagnostics[0]).toMatchObject({
      file: 'b.json',
      pointer: '/name',
      ...positionOf(textOf(renamed), '"城乡居民最低生活保障变更"'),
    });
    expect(diagnostics[0]?.message).toContain('城乡居民最低生活保障申请');
    expect(diagnostics[0]?.message).toContain('城乡居民最低生活保障变更');
  });

  test('one name, two codes (名称一致); LocalizedText names compare by their zh-CN text', () => {
    const recoded = other();
    recoded.name = '城乡居民最低生活保障申请'; // the fixture's name is { zh-CN: same, en: … }
    const diagnostics = lintCatalog([{ spec: validSpec() }, { spec: recoded }]);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.file])).toEqual([
      ['catalog/name-code-mismatch', '/code/implementation', undefined],
    ]);
    expect(diagnostics[0]?.message).toContain('#1');
  });

  test('the same item twice is one problem (its id), not three', () => {
    expect(lintCatalog([{ spec: validSpec() }, { spec: validSpec() }]).map((d) => d.code)).toEqual([
      'catalog/duplicate-id',
    ]);
  });
});
