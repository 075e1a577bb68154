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

  it('has every text in Simplified Chinese as well: events, categories, eras, tours and their steps, section bands', () => {
    const han = /\p{Script=Han}/u;
    const texts: [string, unknown][] = [
      ...raw.events.flatMap((e): [string, unknown][] => [
        [`events ${e.id} title_zh`, e.title_zh],
        [`events ${e.id} summary_zh`, e.summary_zh],
      ]),
      ...raw.categories.flatMap((c): [string, unknown][] => [
        [`category ${c.id} label_zh`, c.label_zh],
        [`category ${c.id} description_zh`, c.description_zh],
      ]),
      ...(raw.eras ?? []).flatMap((e): [string, unknown][] => [
        [`era ${e.id} label_zh`, e.label_zh],
        [`era ${e.id} description_zh`, e.description_zh],
      ]),
      ...(raw.tours ?? []).flatMap((t): [string, unknown][] => [
        [`tour ${t.id} title_zh`, t.title_zh],
        [`tour ${t.id} description_zh`, t.description_zh],
        ...t.steps.map((step, j): [string, unknown] => [`tour ${t.id} step ${j + 1} caption_zh`, step.caption_zh]),
      ]),
      ...(raw.sections ?? []).flatMap((s): [string, unknown][] => [
        [`section ${s.id} title_zh`, s.title_zh],
        [`section ${s.id} description_zh`, s.description_zh],
      ]),
    ];
    expect(texts.length).toBe(46 * 2 + 6 * 2 + 5 * 2 + 3 * 2 + 24 + 5 * 2);
    for (const [where, text] of texts) {
      expect(typeof text, where).toBe('string');
      expect(text as string, where).toMatch(han);
      // Translated, not left-over English: no run of four Latin words outside a quoted original title.
      expect((text as string).replace(/“[^”]*”/g, ''), where).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
    }
  });

  describe('footnote notes, remarks on works and date sources in Simplified Chinese', () => {
    const han = /\p{Script=Han}/u;
    const pairs: [where: string, english: string, chinese: unknown][] = [
      ...raw.footnotes.filter((f) => f.note).map((f): [string, string, unknown] => [`footnote ${f.n} note_zh`, f.note, f.note_zh]),
      ...raw.references.filter((r) => r.note).map((r): [string, string, unknown] => [`reference ${r.id} note_zh`, r.note!, r.note_zh]),
      ...raw.events.filter((e) => e.dateSource).map((e): [string, string, unknown] => [`event ${e.id} dateSource_zh`, e.dateSource!, e.dateSource_zh]),
    ];
    /** The text without what it quotes in Latin letters alone (“Liberthal 1992”, 《The Economist》): forms as printed and titles, shown marked lang="en". */
    const unquoted = (text: string) => text.replace(/“([^“”]*)”|《([^《》]*)》/gu, (quote, a?: string, b?: string) => (han.test(a ?? b ?? '') ? quote : ' '));

    it('has one for every note and date source: 81 footnotes, 80 works, 26 events', () => {
      expect(pairs.length).toBe(81 + 80 + 26);
      for (const [where, , chinese] of pairs) {
        expect(typeof chinese, where).toBe('string');
        expect((chinese as string).trim(), where).not.toBe('');
        expect(chinese as string, where).toMatch(han);
        expect(unquoted(chinese as string), where).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
      }
    });

    it('leaves in Latin letters, outside quotes, only names the data gives (the Chinese page checks the same in Chromium)', () => {
      const latin = (text: string) => text.match(/\p{Script=Latin}+/gu) ?? [];
      // As tests/e2e/i18n.test.ts allows them on the Chinese page: authors, keys, publications, the footnotes' citations.
      const names = new Set(
        [
          ...(raw.source.authors ?? []),
          raw.source.journal ?? '',
          ...raw.references.flatMap((r) => [r.key, r.container ?? '', r.publisher ?? '', r.place ?? '', r.number ?? '', ...r.authors.map((a) => ('literal' in a ? a.literal : `${a.family} ${a.given ?? ''}`))]),
          ...raw.footnotes.map((f) => f.citation ?? ''),
        ].flatMap((text) => latin(String(text))),
      );
      const links = /https?:\/\/\S+|10\.\d{4,9}\/\S+/g;
      const strays = pairs.flatMap(([where, , chinese]) =>
        latin(unquoted(String(chinese)).replace(links, ' '))
          .filter((word) => word.length >= 3 && !names.has(word))
          .map((word) => `${where}: ${word}`),
      );
      expect(strays).toEqual([]);
    });

    it('keeps the footnote numbers and years of the English', () => {
      const english = (text: string) => [...text.matchAll(/\b(?:[Ff]ootnotes?|[Ff]n) (\d+(?:(?:, | and )\d+)*)/g)].flatMap((m) => m[1]!.match(/\d+/g)!.map(Number));
      const chinese = (text: string) => [...text.matchAll(/注(\d+)/g)].map((m) => Number(m[1]));
      const years = (text: string) => new Set(text.match(/(?<!\d)(?:19|20)\d\d(?![\ds])/g));
      for (const [where, en, zh] of pairs) {
        expect(new Set(chinese(String(zh))), where).toEqual(new Set(english(en)));
        for (const year of years(en)) expect(String(zh), `${where}: ${year}`).toContain(year);
      }
    });
  });

  it('cites in Chinese the same footnotes as in English, in the form （注45） or （注71、78）', () => {
    const cited = (text: string, pattern: RegExp, separator: RegExp) =>
      [...text.matchAll(pattern)]
        .flatMap((m) => m[1]!.split(separator).map((part) => Number.parseInt(part, 10)))
        .filter((n) => !Number.isNaN(n)) // "(fn 74, citing Creemers 2018)"
        .sort((a, b) => a - b);
    const english = (text: string) => cited(text, /\(fn ([^)]*)\)/g, /,/);
    const chinese = (text: string) => cited(text, /（注([^）]*)）/g, /、/);
    const pairs: [string, string, string][] = [
      ...raw.events.map((e): [string, string, string] => [e.id, e.summary, e.summary_zh ?? '']),
      ...(raw.tours ?? []).flatMap((t) => t.steps.map((s, j): [string, string, string] => [`${t.id} step ${j + 1}`, s.caption, s.caption_zh ?? ''])),
    ];
    for (const [where, en, zh] of pairs) {
      expect(chinese(zh), where).toEqual(english(en));
      expect(zh, where).not.toMatch(/\bfn\b|\(注|注\d+(?![\d、）]|，引自)/);
    }
  });

  it('documents every Chinese field in the published JSON Schema', () => {
    const published = JSON.parse(readFileSync('public/data/timeline.schema.json', 'utf8')) as unknown;
    const found: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key.endsWith('_zh') && path.endsWith('.properties')) {
          found.push(`${path}.${key}`);
          expect((value as { description?: string }).description, `${path}.${key}`).toMatch(/^The Simplified Chinese version of `\w+`, shown when the interface is in Chinese/);
        }
        walk(value, `${path}.${key}`);
      }
    };
    walk(published, '');
    for (const field of [
      'categories.items.properties.label_zh',
      'events.items.properties.title_zh',
      'events.items.properties.summary_zh',
      'events.items.properties.dateSource_zh',
      'eras.items.properties.description_zh',
      'footnotes.items.properties.note_zh',
      'references.items.properties.note_zh',
      'tours.items.properties.title_zh',
      'steps.items.properties.caption_zh',
    ]) {
      expect(found.some((path) => path.endsWith(field)), field).toBe(true);
    }
  });

  it('is described by the published JSON Schema', () => {
    const published = JSON.parse(readFileSync('public/data/timeline.schema.json', 'utf8'));
    expect(published).toEqual(buildJsonSchema());
  });
});
