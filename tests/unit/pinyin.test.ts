import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasHan, loadPinyinTable, toPinyin, unpackPinyinTable } from '../../src/data/pinyin';
import { PINYIN_TABLE } from '../../src/data/pinyinTable';

describe('unpackPinyinTable(packed)', () => {
  it('reads each syllable followed by its characters', () => {
    const table = unpackPinyinTable('jian健建kang康ma码lü绿');
    expect([...table]).toEqual([
      ['健', 'jian'],
      ['建', 'jian'],
      ['康', 'kang'],
      ['码', 'ma'],
      ['绿', 'lü'],
    ]);
  });

  it('reads the generated table: every GB2312 character, one toneless reading each', () => {
    const table = unpackPinyinTable(PINYIN_TABLE);
    expect(table.size).toBeGreaterThanOrEqual(6763);
    for (const [char, syllable] of table) {
      expect(char, syllable).toMatch(/^\p{Script=Han}$/u);
      expect(syllable, char).toMatch(/^[a-zêü]+$/);
    }
    const read = (text: string) => [...text].map((c) => table.get(c)).join(' ');
    expect(read('社会信用体系')).toBe('she hui xin yong ti xi');
    expect(read('健康码文明码')).toBe('jian kang ma wen ming ma');
    expect(read('守信用诚信')).toBe('shou xin yong cheng xin');
    // Polyphonic characters take their most common reading.
    expect(read('了行重')).toBe('le xing zhong');
    expect(read('朱镕基')).toBe('zhu rong ji'); // 镕 is not in GB2312: added from the built-in data
  });
});

describe('toPinyin(text, table)', () => {
  const table = unpackPinyinTable('jian健kang康ma码');

  it('replaces known characters by their syllable, set off by spaces, and keeps the rest', () => {
    expect(toPinyin('健康码', table)).toBe(' jian  kang  ma ');
    expect(toPinyin('健康码 App（2020年）', table)).toBe(' jian  kang  ma  App（2020年）');
    expect(toPinyin('Health Code', table)).toBe('Health Code');
    expect(toPinyin('', table)).toBe('');
  });
});

describe('hasHan(text)', () => {
  it('tells Chinese characters from Latin, digits and CJK punctuation', () => {
    expect(hasHan('健康码')).toBe(true);
    expect(hasHan('the Health Code (jiankangma)')).toBe(false);
    expect(hasHan('（2014）。')).toBe(false);
    expect(hasHan('Notice 国发')).toBe(true);
  });
});

describe('loadPinyinTable()', () => {
  it('loads the generated table once, as its own module', async () => {
    const first = loadPinyinTable();
    expect(loadPinyinTable()).toBe(first);
    const table = await first;
    expect(table.get('健')).toBe('jian');
    expect(table.size).toBe(unpackPinyinTable(PINYIN_TABLE).size);
  });
});

describe('the pinyin table stays out of the initial bundle', () => {
  it('is imported by src/ only through the dynamic import() in pinyin.ts', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const importers = files.flatMap((file) => {
      const text = readFileSync(join('src', file), 'utf8');
      return [...text.matchAll(/^.*pinyinTable['"].*$/gm)].map((m) => `${file}: ${m[0].trim()}`);
    });
    expect(importers).toEqual([expect.stringMatching(/^data[\\/]pinyin\.ts: loading \?\?= import\('\.\/pinyinTable'\)/)]);
  });
});
