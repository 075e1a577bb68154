import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_DATE_PATTERN, compareDates, endMs, endOf, isDate, isOrdered, parseDate, startMs, startOf } from '../../src/data/dates';

const parse = (iso: string) => {
  const date = parseDate(iso);
  if (!date) throw new Error(`${iso} should parse`);
  return date;
};

describe('parseDate', () => {
  it('reads the precision from the string', () => {
    expect(parseDate('1984')).toEqual({ iso: '1984', precision: 'year', year: 1984, from: Date.UTC(1984, 0, 1), to: Date.UTC(1985, 0, 1) });
    expect(parseDate('2020-09')).toEqual({ iso: '2020-09', precision: 'month', year: 2020, month: 9, from: Date.UTC(2020, 8, 1), to: Date.UTC(2020, 9, 1) });
    expect(parseDate('1990-03-26')).toEqual({ iso: '1990-03-26', precision: 'day', year: 1990, month: 3, day: 26, from: Date.UTC(1990, 2, 26), to: Date.UTC(1990, 2, 27) });
  });

  it('rejects strings that are not real dates', () => {
    for (const bad of ['1990-13-01', '1990-00', '2019-02-29', '2021-04-31', '0000', '90', '1990-3-26', '1990/03/26', ' 1990', '1990-03-26T00:00', '']) {
      expect(parseDate(bad), bad).toBeNull();
      expect(isDate(bad), bad).toBe(false);
    }
  });

  it("reads exactly the strings the schema's pattern matches, and of those the real days", () => {
    const pattern = new RegExp(ISO_DATE_PATTERN);
    const text = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', ' ', 'a', '٣', '\n'), maxLength: 11 });
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 3 }))
      .map(([y, m, d, parts]) => [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-'));
    fc.assert(
      fc.property(fc.oneof(text, dateLike), (iso) => {
        const date = parseDate(iso);
        if (!pattern.test(iso)) {
          expect(date).toBeNull();
          return;
        }
        // The calendar's own say: a day that does not roll over into another.
        const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
        const probe = new Date(0);
        probe.setUTCFullYear(year, month - 1, day);
        const real = year >= 1 && month >= 1 && month <= 12 && day >= 1 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
        expect(date !== null, iso).toBe(real);
        if (date) expect([date.iso, date.year, date.month ?? 1, date.day ?? 1, date.from]).toEqual([iso, year, month, day, probe.getTime()]);
      }),
    );
  });

  it('accepts 29 February in leap years only', () => {
    expect(isDate('2020-02-29')).toBe(true);
    expect(isDate('1900-02-29')).toBe(false);
  });
});

describe('startOf and endOf', () => {
  it('a year-precision date covers its whole year', () => {
    expect(startOf(parse('1984')).toISOString()).toBe('1984-01-01T00:00:00.000Z');
    expect(endOf(parse('1984')).toISOString()).toBe('1985-01-01T00:00:00.000Z');
  });

  it('a month-precision date covers its month, a day its day', () => {
    expect(endOf(parse('2020-12')).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(startOf(parse('1990-03-26')).toISOString()).toBe('1990-03-26T00:00:00.000Z');
    expect(endOf(parse('1990-03-31')).toISOString()).toBe('1990-04-01T00:00:00.000Z');
  });

  it('keeps years before 100 where they are', () => {
    expect(startOf(parse('0042')).getUTCFullYear()).toBe(42);
  });
});

describe('startMs and endMs', () => {
  /** The instant by way of a Date's own calendar arithmetic (setUTCFullYear keeps the years 1–99). */
  const instant = (year: number, monthIndex: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime();
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('give the instants a Date gives, at every precision, the years 1–99 included', () => {
    const fields = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fields, fc.constantFrom('year', 'month', 'day'), ({ year, month, day }, precision) => {
        const iso = precision === 'year' ? pad(year, 4) : precision === 'month' ? `${pad(year, 4)}-${pad(month, 2)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const date = parseDate(iso)!;
        const start = instant(year, precision === 'year' ? 0 : month - 1, precision === 'day' ? day : 1);
        const end = precision === 'year' ? instant(year + 1, 0, 1) : precision === 'month' ? instant(year, month, 1) : instant(year, month - 1, day + 1);
        expect([startMs(date), endMs(date)]).toEqual([start, end]);
        expect([startOf(date).getTime(), endOf(date).getTime()]).toEqual([start, end]);
      }),
      { numRuns: 2000 },
    );
    expect(new Date(startMs(parseDate('0099-12-31')!)).toISOString()).toBe('0099-12-31T00:00:00.000Z');
    expect(new Date(endMs(parseDate('0099')!)).toISOString()).toBe('0100-01-01T00:00:00.000Z');
  });
});

describe('isOrdered', () => {
  it('accepts an end that is not entirely before the start', () => {
    expect(isOrdered(parse('2009'), parse('2011'))).toBe(true);
    expect(isOrdered(parse('2011-05'), parse('2011'))).toBe(true);
    expect(isOrdered(parse('2020-09-06'), parse('2020-09-06'))).toBe(true);
  });

  it('rejects an end before the start', () => {
    expect(isOrdered(parse('1990-06'), parse('1990-03'))).toBe(false);
    expect(isOrdered(parse('2011'), parse('2010-12-31'))).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders by start, the coarser date first on a tie', () => {
    const sorted = ['2020-09', '1984', '2020', '1990-03-26', '2020-09-06'].map(parse).sort(compareDates).map((d) => d.iso);
    expect(sorted).toEqual(['1984', '1990-03-26', '2020', '2020-09', '2020-09-06']);
  });
});
