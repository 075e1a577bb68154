import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/data/order';

const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-');
const id = fc.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), fc.string({ unit: idChar, maxLength: 12 })).map(([head, rest]) => head + rest);

describe('compareIds', () => {
  it('orders ids (lowercase letters, digits, "-") as localeCompare does', () => {
    fc.assert(fc.property(id, id, (a, b) => Math.sign(compareIds(a, b)) === Math.sign(a.localeCompare(b))), { numRuns: 2000 });
    expect(['b-2', 'a10', 'a-1', 'a2', 'a1'].sort(compareIds)).toEqual(['a-1', 'a1', 'a10', 'a2', 'b-2']);
  });

  it('is zero only for the same id', () => {
    expect(compareIds('arsene-2019', 'arsene-2019')).toBe(0);
    expect(compareIds('ahmed-2019', 'arsene-2019')).toBeLessThan(0);
    expect(compareIds('arsene-2019', 'ahmed-2019')).toBeGreaterThan(0);
  });
});
