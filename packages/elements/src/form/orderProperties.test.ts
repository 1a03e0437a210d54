import { describe, expect, test } from 'vitest';
import { orderProperties } from './orderProperties.js';

describe('orderProperties', () => {
  test.each<[string[] | undefined, string[]]>([
    [undefined, ['a', 'b', 'c', 'd']],
    [
      ['c', '*', 'a'],
      ['c', 'b', 'd', 'a'],
    ],
    [
      ['d', 'c'],
      ['d', 'c', 'a', 'b'],
    ],
    [
      ['x', 'b'],
      ['b', 'a', 'c', 'd'],
    ],
    // A name listed twice keeps its first place; '*' twice places the rest once.
    [
      ['a', 'b', 'a'],
      ['a', 'b', 'c', 'd'],
    ],
    [
      ['*', 'a', '*'],
      ['b', 'c', 'd', 'a'],
    ],
  ])('ui:order %j → %j', (order, expected) => {
    expect(orderProperties(['a', 'b', 'c', 'd'], order)).toEqual(expected);
  });
});
