import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en, format, formatNumber, joinList, messagesOf, t, type MessageKey } from '../../src/i18n/messages';
import { isLangReady, loadLangPack } from '../../src/i18n/packs';
import { zh } from '../../src/i18n/zh';
import { enLater } from '../../src/i18n/messagesLater';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** English in full: the first screen's table and the later parts' (see firstLoadMessages.test.ts). */
const english: Record<MessageKey, string> = { ...en, ...enLater };
const keys = Object.keys(english) as MessageKey[];

describe('the message tables', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('have the same {placeholders} in every language, key by key', () => {
    const mismatches = keys.filter((key) => placeholders(english[key]).join() !== placeholders(zh[key]).join());
    expect(mismatches).toEqual([]);
  });

  it('leave no message empty, and no Chinese message in English words', () => {
    for (const key of keys) {
      expect(english[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
    }
    // Latin words a Chinese message may keep: key names, formats, file types and the like.
    const allowed = /^(?:Ctrl|Enter|Esc|Home|End|Space|BibTeX|RIS|CSV|JSON|SVG|PNG|PDF|HTML|CORS|GitHub|Raw|Mac|TimelineJS|https?|kB|MB|id|title|start|end|category|summary|footnotes)$/;
    const englishWords = keys.flatMap((key) =>
      (zh[key].replace(/\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !allowed.test(word)).map((word) => `${key}: ${word}`),
    );
    expect(englishWords).toEqual([]);
  });
});

describe('t(key, params, lang)', () => {
  beforeAll(async () => {
    expect(isLangReady('zh')).toBe(false); // a chunk of its own, loaded on demand
    expect(t('zoomIn', {}, 'zh')).toBe('Zoom in'); // English until it is here
    expect(await loadLangPack('zh')).toBe(true);
  });

  it('speaks the language asked for, and English by default without a store', () => {
    expect(t('zoomIn', {}, 'en')).toBe('Zoom in');
    expect(t('zoomIn', {}, 'zh')).toBe('放大');
    expect(t('searchCount', { count: 3, total: 46 }, 'zh')).toBe('3 / 46 个事件');
    expect(messagesOf('zh').appTitle).toBe(zh.appTitle);
  });

  it('writes numbers the language’s way, leaving four-digit years alone', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(2014, 'en')).toBe('2014');
    expect(format('{year}', { year: 1990 }, 'zh')).toBe('1990');
    expect(t('importProgress', { loaded: 10240, total: 20480 }, 'en')).toBe('10,240 of 20,480 kB');
    expect(formatNumber(2.25, 'en')).toBe('2.3');
  });

  it('writes whole numbers as Intl would, without asking it (its first use slows the start)', () => {
    const samples = [0, 1, 9, 46, 999, 1000, 2014, 9999, 10_000, 10_001, 99_999, 100_000, 123_456, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER];
    for (const lang of ['en', 'zh'] as const) {
      const intl = new Intl.NumberFormat(lang === 'zh' ? 'zh-Hans' : 'en', { useGrouping: 'min2', maximumFractionDigits: 1 });
      const NumberFormat = vi.spyOn(Intl, 'NumberFormat');
      try {
        for (const n of samples) expect(formatNumber(n, lang)).toBe(intl.format(n));
        fc.assert(fc.property(fc.maxSafeNat(), (n) => formatNumber(n, lang) === intl.format(n)));
        expect(NumberFormat).not.toHaveBeenCalled();
      } finally {
        NumberFormat.mockRestore();
      }
    }
  });

  it('joins short lists with the language’s separator', () => {
    expect(joinList([45, 78], 'en')).toBe('45, 78');
    expect(joinList([45, 78], 'zh')).toBe('45、78');
  });
});
