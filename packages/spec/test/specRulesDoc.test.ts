import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SPEC_DIAGNOSTIC_MESSAGES } from '../src/index.js';

test('docs/spec-rules.md documents every diagnostic code', () => {
  const doc = readFileSync(new URL('../../../docs/spec-rules.md', import.meta.url), 'utf8');
  const missing = Object.keys(SPEC_DIAGNOSTIC_MESSAGES).filter((code) => !doc.includes(`### \`${code}\``));
  expect(missing).toEqual([]);
});
