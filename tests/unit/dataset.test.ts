/**
 * Holds public/data/scs.json to its contract, and to the article: the
 * milestones users named, with the dates the sources support.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { buildJsonSchema } from '../../src/data/jsonSchema';
import type { Dataset } from '../../src/data/schema';
import { parseDate } from '../../src/data/dates';

const raw = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

describe('public/data/scs.json', () => {
  it('validates with no problem', () => {
    const { problems } = validateDataset(raw);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('credits the article with its DOI', () => {
    expect(raw.source).toMatchObject({
      authors: ['Bloch, Marylaure'],
      journal: 'Asiatische Studien – Études Asiatiques',
      volume: '76',
      issue: '1',
      year: 2022,
      doi: '10.1515/asia-2021-0019',
      url: 'https://doi.org/10.1515/asia-2021-0019',
    });
  });

  it('has all 81 footnotes, numbered 1 to 81', () => {
    expect(raw.footnotes.map((f) => f.n)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
  });

  it('has every entry of the bibliography', () => {
    // 140 entries in the article's reference list, plus Google Trends, cited by URL in footnote 11.
    expect(raw.references.filter((r) => r.id !== 'google-trends')).toHaveLength(140);
    expect(raw.footnotes.find((f) => f.n === 11)?.refs).toEqual(['google-trends']);
  });

  it('gives unique ids and keys', () => {
    for (const list of [raw.events.map((e) => e.id), raw.references.map((r) => r.id), raw.references.map((r) => r.key), raw.categories.map((c) => c.id)]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('keeps links as the bibliography gives them, without conversion escapes', () => {
    for (const ref of raw.references) {
      if (!ref.url) continue;
      expect(ref.url, ref.id).not.toContain('\\');
      expect(new URL(ref.url).protocol, ref.id).toMatch(/^https?:$/);
    }
    const china = raw.references.find((r) => r.id === 'china-news-2019');
    expect(china?.url).toBe('https://www.creditchina.gov.cn/gerenxinyong/gerenxinyongliebiao/201907/t20190719_162509.html');
  });

  it('resolves citations that differ from the bibliography, and says so', () => {
    const fn5 = raw.footnotes.find((f) => f.n === 5)!;
    expect(fn5.refs).toContain('lieberthal-1992');
    expect(fn5.note).toMatch(/Liberthal/);
    const fn66 = raw.footnotes.find((f) => f.n === 66)!;
    expect(fn66.refs).toContain('xinxian-county-office-2022');
    expect(fn66.note).toMatch(/Xinxiang/);
  });

  it('keeps Chinese titles in the original script next to the romanisation', () => {
    const notice = raw.references.find((r) => r.id === 'state-council-1990')!;
    expect(notice.titleOriginal).toBe('国务院关于在全国范围内开展清理\'三角债\'工作的通知');
    expect(notice.title).toMatch(/^Guowuyuan guanyu/);
  });

  it('dates the six milestones users named, at the precision the sources support', () => {
    const start = (id: string) => raw.events.find((e) => e.id === id)?.start;
    expect(start('trustworthiness-pilots-1984')).toBe('1984');
    expect(start('state-council-notice-1990')).toBe('1990-03-26');
    expect(start('social-credit-system-concept-2002')).toBe('2002');
    expect(start('scs-planning-outline-2014')).toBe('2014-06-14');
    expect(start('ndrc-moral-scores-incentive-only-2019')).toBe('2019-07-19');
    expect(start('suzhou-civility-score-2020')).toBe('2020');
  });

  it('cites footnotes for every event, or names the section that states it', () => {
    for (const event of raw.events) {
      if (event.footnotes.length === 0) expect(event.section, event.id).toMatch(/^\d(\.\d)?$/);
    }
    expect(raw.events.find((e) => e.id === 'state-council-notice-1990')?.footnotes).toEqual([45]);
  });

  it('explains every date more precise than a year', () => {
    for (const event of raw.events) {
      if (parseDate(event.start)?.precision !== 'year') expect(event.dateSource, event.id).toBeTruthy();
    }
  });

  it('marks the article’s vague dates as approximate', () => {
    const shift = raw.events.find((e) => e.id === 'scs-objectives-shift-2011-2012');
    expect(shift).toMatchObject({ start: '2011', end: '2012', approximate: true });
  });

  it('is described by the published JSON Schema', () => {
    const published = JSON.parse(readFileSync('public/data/timeline.schema.json', 'utf8'));
    expect(published).toEqual(buildJsonSchema());
  });
});
