import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDateShort } from '../../src/data/formatDate';

describe('formatDateRange', () => {
  it('says a date in words at its precision', () => {
    expect(formatDateRange('1990-03-26')).toBe('26 March 1990');
    expect(formatDateRange('2020-09')).toBe('September 2020');
    expect(formatDateRange('1984')).toBe('1984');
  });

  it('says ranges and approximate dates', () => {
    expect(formatDateRange('2009', '2011')).toBe('2009–2011');
    expect(formatDateRange('2011', '2012', true)).toBe('about 2011–2012');
    expect(formatDateRange('2019-07-19', '2020-12')).toBe('19 July 2019 to December 2020');
    expect(formatDateRange('2001', '2001')).toBe('2001');
    expect(formatDateRange('2021-07', '2021-12', true)).toBe('about July–December 2021');
    expect(formatDateRange('2020-11', '2021-02')).toBe('November 2020 to February 2021');
  });

  it('shows an unreadable date as it is, never as today', () => {
    expect(formatDateRange('1990-13-01')).toBe('1990-13-01');
  });
});

describe('formatDateShort', () => {
  it('keeps the precision in a compact label', () => {
    expect(formatDateShort('1990-03-26')).toBe('26 Mar 1990');
    expect(formatDateShort('2020-09')).toBe('Sep 2020');
    expect(formatDateShort('1984')).toBe('1984');
    expect(formatDateShort('2009', '2011')).toBe('2009–2011');
    expect(formatDateShort('2011', '2012', true)).toBe('c. 2011–2012');
  });
});
