import fc from 'fast-check';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import { describe, expect, it } from 'vitest';
import { formatPattern } from '../../src/data/datePattern';

/** Every pattern the app writes dates with (formatDate.ts, ticks.ts), with \u0000 as formatDate's day slot. */
const PATTERNS = [
  'y',
  'MMM',
  'd',
  'MMMM',
  'MMMM y',
  'MMM y',
  'MMMM yyyy',
  'd MMMM yyyy',
  'MMM yyyy',
  'd MMM yyyy',
  'd MMM',
  '\u0000 MMMM yyyy',
  '\u0000 MMM yyyy',
  "y'年'",
  "M'月'",
  "d'日'",
  "y'年'M'月'",
  "y'年'M'月'd'日'",
  "y'年'M'月'\u0000'日'",
  "M'月'd'日'",
];

/** date-fns's reading of the same fields: a local Date at noon (setFullYear keeps the years 1–99). */
function byDateFns(year: number, month: number, day: number, pattern: string, locale: typeof enGB): string {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day);
  return format(date, pattern, { locale });
}

describe('formatPattern', () => {
  it('writes every pattern the app uses as date-fns format does, in en-GB and zh-CN', () => {
    const day = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, fc.constantFrom(...PATTERNS), fc.constantFrom(enGB, zhCN), (date, pattern, locale) => {
        expect(formatPattern(date, pattern, locale)).toBe(byDateFns(date.year, date.month, date.day, pattern, locale));
      }),
      { numRuns: 3000 },
    );
    expect(formatPattern({ year: 1990, month: 3, day: 26 }, 'd MMMM yyyy', enGB)).toBe('26 March 1990');
    expect(formatPattern({ year: 1990, month: 3, day: 26 }, "y'年'M'月'd'日'", zhCN)).toBe('1990年3月26日');
    expect(formatPattern({ year: 5, month: 9, day: 1 }, 'MMM yyyy', enGB)).toBe('Sep 0005');
    expect(formatPattern({ year: 5, month: 9, day: 1 }, 'y', enGB)).toBe('5');
  });

  it('keeps quoted text and quotes as date-fns does', () => {
    expect(formatPattern({ year: 2014, month: 6, day: 14 }, "'week of' d MMM", enGB)).toBe(byDateFns(2014, 6, 14, "'week of' d MMM", enGB));
    expect(formatPattern({ year: 2014, month: 6, day: 14 }, "d'' MMM", enGB)).toBe(byDateFns(2014, 6, 14, "d'' MMM", enGB));
    expect(formatPattern({ year: 2014, month: 6, day: 14 }, "'it''s' y", enGB)).toBe(byDateFns(2014, 6, 14, "'it''s' y", enGB));
  });

  it('refuses a token it does not write rather than writing it wrong', () => {
    expect(() => formatPattern({ year: 2014, month: 6, day: 14 }, 'dd MMM yy', enGB)).toThrow(/"dd"/);
    expect(() => formatPattern({ year: 2014, month: 6, day: 14 }, 'EEEE', enGB)).toThrow(RangeError);
  });
});
