import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const src = new URL('../src/', import.meta.url);

/** Module specifiers imported (statically, with values) by a source file. */
function imports(file: string): string[] {
  const text = readFileSync(new URL(file, src), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map(
    (match) => match[1] as string,
  );
}

/** Every module reached from an entry, following relative imports; bare specifiers are collected as packages. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of imports(file)) {
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        const resolved = new URL(specifier.replace(/\.js$/, '.ts'), new URL(file, src)).href.slice(
          src.href.length,
        );
        if (resolved.endsWith('.ts')) visit(resolved);
        else packages.add(specifier);
      } else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

test('@onewindow/spec/form (the browser entry) never loads ajv, the annotated spec schema or the spec validator', () => {
  const { files, packages } = closure('form.ts');
  // The annotation-free validation schema is the only JSON it may carry (a quarter of the full schema's bytes).
  expect([...packages].sort()).toEqual([
    './serviceItemValidationSchema.generated.json',
    '@cfworker/json-schema',
    'json-logic-js',
  ]);
  expect([...files].filter((file) => /validateSpec|specSchemaValidator|lintCatalog/.test(file))).toEqual([]);
});

test('the spec validator is where ajv lives', () => {
  expect(closure('validateSpec.ts').packages).toContain('ajv');
});

test('no source file uses eval or new Function', () => {
  for (const file of closure('index.ts').files) {
    const text = readFileSync(new URL(file, src), 'utf8');
    expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
  }
});
