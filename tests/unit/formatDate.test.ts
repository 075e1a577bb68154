import fc from 'fast-check';
import { format } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLangPack } from '../../src/i18n/packs';
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

describe('formatDateRange in Chinese', () => {
  beforeAll(() => loadLangPack('zh'));

  it('says a date at its precision, through the zh-CN locale', () => {
    expect(formatDateRange('1990-03-26', undefined, false, 'zh')).toBe('1990年3月26日');
    expect(formatDateRange('2014-06', undefined, false, 'zh')).toBe('2014年6月');
    expect(formatDateRange('2014', undefined, false, 'zh')).toBe('2014年');
    expect(formatDateRange('0984', undefined, false, 'zh')).toBe('984年');
  });

  it('says ranges and approximate dates', () => {
    expect(formatDateRange('2009', '2011', false, 'zh')).toBe('2009–2011年');
    expect(formatDateRange('2011', '2012', true, 'zh')).toBe('约2011–2012年');
    expect(formatDateRange('2014-06', '2020', false, 'zh')).toBe('2014年6月–2020年');
    expect(formatDateRange('2019-07-19', '2020-12', false, 'zh')).toBe('2019年7月19日–2020年12月');
    expect(formatDateRange('2021-07', '2021-12', true, 'zh')).toBe('约2021年7月–12月');
    expect(formatDateRange('2020-11', '2021-02', false, 'zh')).toBe('2020年11月–2021年2月');
    expect(formatDateRange('2001', '2001', false, 'zh')).toBe('2001年');
  });

  it('shows an unreadable date as it is', () => {
    expect(formatDateRange('1990-13-01', undefined, false, 'zh')).toBe('1990-13-01');
  });

  it('follows the interface language when none is given', async () => {
    const { useStore } = await import('../../src/state/store');
    expect(await useStore.getState().setLang('zh')).toBe(true);
    try {
      expect(formatDateRange('1990-03-26')).toBe('1990年3月26日');
      expect(formatDateShort('2011', '2012', true)).toBe('约2011–2012年');
    } finally {
      useStore.setState(useStore.getInitialState(), true);
      localStorage.clear();
      history.replaceState(null, '', '/');
    }
    expect(formatDateRange('1990-03-26')).toBe('26 March 1990');
  });
});

describe('formatDateShort in Chinese', () => {
  it('keeps the precision; numeric Chinese dates are already compact', () => {
    expect(formatDateShort('1990-03-26', undefined, false, 'zh')).toBe('1990年3月26日');
    expect(formatDateShort('2020-09', undefined, false, 'zh')).toBe('2020年9月');
    expect(formatDateShort('1984', undefined, false, 'zh')).toBe('1984年');
    expect(formatDateShort('2009', '2011', false, 'zh')).toBe('2009–2011年');
    expect(formatDateShort('2011', '2012', true, 'zh')).toBe('约2011–2012年');
    expect(formatDateShort('2014-06', '2020', false, 'zh')).toBe('2014年6月–2020年');
    expect(formatDateShort('2021-07', '2021-12', true, 'zh')).toBe('约2021年7月–12月');
  });

  it('is unchanged in English', () => {
    expect(formatDateShort('2014-06', '2020', false, 'en')).toBe('Jun 2014–2020');
  });
});

describe('day dates, put into their month text', () => {
  it('read exactly as date-fns formats each day, in both languages, long and short', () => {
    const patterns = { en: ['d MMMM yyyy', 'd MMM yyyy'], zh: ["y'年'M'月'd'日'", "y'年'M'月'd'日'"] } as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('en' as const, 'zh' as const), (year, month, day, lang) => {
        const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const local = new Date(2000, 0, 1);
        local.setFullYear(year, month - 1, day);
        const locale = lang === 'en' ? enGB : zhCN;
        expect(formatDateRange(iso, undefined, false, lang)).toBe(format(local, patterns[lang][0], { locale }));
        expect(formatDateShort(iso, undefined, false, lang)).toBe(format(local, patterns[lang][1], { locale }));
      }),
    );
  });
});
