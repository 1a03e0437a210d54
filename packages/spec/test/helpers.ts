import { readFileSync } from 'node:fs';
import type { Diagnostic, ServiceItemSpec } from '../src/index.js';

/** The 低保 fixture as text. */
export const fixtureText = readFileSync(new URL('./fixtures/dibao-apply.json', import.meta.url), 'utf8');

/** A fresh, valid copy of the 低保 fixture to mutate. */
export function validSpec(): ServiceItemSpec {
  return JSON.parse(fixtureText) as ServiceItemSpec;
}

/** The text validateSpec locates an object in. */
export const textOf = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * 1-based line:column of `at` inside the `occurrence`-th match of `needle` in `text`
 * (found by plain string search, independently of the code under test).
 */
export function positionOf(
  text: string,
  needle: string,
  options: { occurrence?: number; at?: string } = {},
): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n < (options.occurrence ?? 1); n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${options.occurrence ?? 1} times`);
  }
  if (options.at !== undefined) {
    const inner = needle.indexOf(options.at);
    if (inner < 0) throw new Error(`"${options.at}" is not inside "${needle}"`);
    index += inner;
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** The diagnostics with one code. */
export const withCode = (diagnostics: readonly Diagnostic[], code: string) =>
  diagnostics.filter((diagnostic) => diagnostic.code === code);
