import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedFileBanner } from '../src/generatedFileBanner.js';

/** The JSON object in a banner, read back. */
const originIn = (banner: string) => JSON.parse(banner.slice(banner.indexOf('{'), -' */'.length)) as unknown;

describe('generatedFileBanner', () => {
  it('writes the origin as JSON that cannot end the comment or the line, and reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (source, revision) => {
        const banner = generatedFileBanner('heading.', { source, revision });
        expect(banner.startsWith('/* heading. {')).toBe(true);
        expect(banner.slice(2, -2)).not.toMatch(/\*\/|[\n\r\u2028\u2029<>\u202E]/);
        expect(originIn(banner)).toEqual({ source, revision });
      }),
    );
  });

  it('escapes the known attacks', () => {
    const banner = generatedFileBanner('onewindow compile: generated; do not edit.', {
      source: 'a.json',
      revision: '*/globalThis.PWNED=1;/*',
      item: '</script>\u2028',
    });
    expect(banner).toBe(
      '/* onewindow compile: generated; do not edit. {"source":"a.json","revision":"*\\/globalThis.PWNED=1;/*","item":"\\u003c/script\\u003e\\u2028"} */',
    );
  });

  it('refuses a heading that could end the comment', () => {
    expect(() => generatedFileBanner('a */ b', {})).toThrow();
    expect(() => generatedFileBanner('a\nb', {})).toThrow();
  });
});
