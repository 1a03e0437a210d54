import { format as cfworkerFormat } from '@cfworker/json-schema';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, test } from 'vitest';
import { formFormats } from '../src/formFormats.js';
import examples from './fixtures/formatExamples.json' with { type: 'json' };

/** A deterministic generator (tests must not flake): a linear congruential sequence. */
function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % below;
  };
}

describe('formFormats', () => {
  test.each(Object.entries(examples.formats))(
    '%s accepts its valid examples and refuses the invalid',
    (name, cases) => {
      const check = formFormats[name];
      expect(check, name).toBeTypeOf('function');
      expect(cases.valid.filter((value) => !check?.(value))).toEqual([]);
      expect(cases.invalid.filter((value) => check?.(value))).toEqual([]);
    },
  );

  test('every format of the table has examples', () => {
    expect(Object.keys(formFormats).filter((name) => !(name in examples.formats))).toEqual([]);
  });

  // The linear url check must accept exactly what dperini's regex (ajv-formats, cfworker) accepts: compared on
  // short strings, where that regex is still fast, built from the pieces a web address is made of.
  test('url accepts the same strings as the ajv-formats regex it replaces', () => {
    const regex = fullFormats.url as RegExp;
    const random = seededRandom(12);
    const schemes = ['http://', 'https://', 'ftp://', 'HTTP://', 'file://', 'http:/', ''];
    const hosts = ['a.com', '1.2.3.4', '10.0.0.1', 'a-b.cn', '中国.中国', 'x.co', ''];
    const pieces = [
      'a',
      '1',
      '0',
      '.',
      '-',
      '@',
      ':',
      '/',
      ' ',
      'é',
      '中',
      '10',
      '127',
      '192',
      '168',
      '172',
      '16',
    ];
    pieces.push(
      '169',
      '254',
      '255',
      '256',
      '223',
      '224',
      'com',
      'cn',
      '80',
      '8080',
      '?',
      '#',
      '%',
      '\t',
      '😀',
    );
    const differing: string[] = [];
    for (let sample = 0; sample < 20_000; sample++) {
      let value = (schemes[random(schemes.length)] ?? '') + (hosts[random(hosts.length)] ?? '');
      for (let count = 1 + random(7); count > 0; count--) value += pieces[random(pieces.length)];
      if (formFormats.url?.(value) !== regex.test(value)) differing.push(value);
    }
    expect(differing).toEqual([]);
  });

  test('date-time and time accept the same strings as @cfworker/json-schema (RFC 3339, as draft-07)', () => {
    const random = seededRandom(7);
    const pick = (values: readonly string[]) => values[random(values.length)] ?? '';
    const differing: string[] = [];
    for (let sample = 0; sample < 20_000; sample++) {
      const time = `${pick(['00', '23', '24', '12', '8'])}:${pick(['00', '59', '60'])}:${pick(['00', '59', '60', '61'])}${pick(['', '.5', '.', '.123456789'])}${pick(['', 'Z', 'z', '+00:00', '-01:30', '+01:30', '+01', '+0130', '+24:00', '+00:60', ' '])}`;
      const dateTime = `${pick(['2020', '2021', '1900', '999'])}-${pick(['02', '12', '13', '2'])}-${pick(['28', '29', '31', '00'])}${pick(['T', 't', ' ', '\n', 'x', ''])}${time}`;
      if (formFormats.time?.(time) !== cfworkerFormat.time?.(time)) differing.push(time);
      if (formFormats['date-time']?.(dateTime) !== cfworkerFormat['date-time']?.(dateTime))
        differing.push(dateTime);
    }
    expect(differing).toEqual([]);
  });
});
