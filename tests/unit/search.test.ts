import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Reference, TimelineEvent } from '../../src/data/schema';
import { createSearchIndex, normalizeText } from '../../src/data/search';

const dataset = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const index = createSearchIndex(dataset);

const ids = (query: string) => {
  const result = index.match(query);
  if (result === null) throw new Error(`${JSON.stringify(query)} should not be blank`);
  return [...result].sort();
};

/** Events citing footnote `n`, straight from the data. */
const citing = (n: number) =>
  dataset.events
    .filter((e) => e.footnotes.includes(n))
    .map((e) => e.id)
    .sort();

/**
 * A deliberately naive oracle: every searchable field of an event, each
 * normalised separately and with its spaces removed; a query matches when
 * each term is in one of them.
 */
function oracleFields(event: TimelineEvent): string[] {
  const fields: unknown[] = [event.title, event.summary, event.dateSource];
  for (const n of event.footnotes) {
    const footnote = dataset.footnotes.find((f) => f.n === n);
    if (!footnote) continue;
    fields.push(footnote.note, footnote.citation);
    for (const refId of footnote.refs) {
      const ref = dataset.references.find((r) => r.id === refId);
      if (!ref) continue;
      fields.push(ref.key, ref.title, ref.titleOriginal, ref.titleTranslated, ref.container);
      for (const author of ref.authors) {
        const a = author as Record<string, unknown>;
        fields.push(a.family, a.given, a.original, a.literal);
      }
    }
  }
  return fields.filter((f): f is string => typeof f === 'string').map((f) => normalizeText(f).replace(/\s+/gu, ''));
}

function oracle(query: string): string[] {
  const terms = normalizeText(query).split(/\s+/u).filter(Boolean);
  return dataset.events
    .filter((e) => {
      const fields = oracleFields(e);
      return terms.every((t) => fields.some((f) => f.includes(t)));
    })
    .map((e) => e.id)
    .sort();
}

describe('normalizeText', () => {
  it('folds case, compatibility forms and diacritics', () => {
    expect(normalizeText('Arsène')).toBe('arsene');
    expect(normalizeText('Shèhuì Xìnyòng')).toBe('shehui xinyong');
    expect(normalizeText('ＡＢＣ１')).toBe('abc1'); // full-width forms
    expect(normalizeText('‘Fragmented’ “model”')).toBe('\'fragmented\' "model"');
    expect(normalizeText('社会信用')).toBe('社会信用');
  });
});

describe('createSearchIndex on the real dataset', () => {
  it('returns null for a blank query (no filtering)', () => {
    expect(index.match('')).toBeNull();
    expect(index.match('   \t\n ')).toBeNull();
  });

  it("'triangular' finds the 1990 State Council notice through its footnote and reference", () => {
    expect(ids('triangular')).toContain('state-council-notice-1990');
    expect(ids('triangular')).toEqual(oracle('triangular'));
  });

  it("'三角债', the Chinese title of a reference cited by footnote 45, finds the events citing footnote 45", () => {
    const fn45 = dataset.footnotes.find((f) => f.n === 45);
    const titles = fn45?.refs.map((id) => dataset.references.find((r) => r.id === id)?.titleOriginal ?? '');
    expect(titles?.some((t) => t.includes('三角债'))).toBe(true);
    expect(citing(45)).toContain('state-council-notice-1990');
    expect(ids('三角债')).toEqual(expect.arrayContaining(citing(45)));
    expect(ids('三角债')).toEqual(oracle('三角债'));
  });

  it("'sanjiaozhai' (pinyin) finds it too", () => {
    expect(ids('sanjiaozhai')).toContain('state-council-notice-1990');
    expect(ids('SanJiaoZhai')).toEqual(ids('sanjiaozhai'));
  });

  it("'Lieberthal' is found through footnote 5's reference only for events citing footnote 5", () => {
    const fn5 = dataset.footnotes.find((f) => f.n === 5);
    const authors = fn5?.refs.flatMap((id) => dataset.references.find((r) => r.id === id)?.authors ?? []);
    expect(authors?.some((a) => 'family' in a && a.family === 'Lieberthal')).toBe(true);
    // No event's own text names him, so the result is exactly the events citing footnote 5 (derived, maybe none).
    const ownText = dataset.events.filter((e) => /lieberthal/i.test(`${e.title} ${e.summary} ${e.dateSource ?? ''}`));
    expect(ownText).toEqual([]);
    expect(ids('Lieberthal')).toEqual(citing(5));
    expect(ids('lieberthal')).toEqual(oracle('Lieberthal'));
  });

  it("'Suzhou civility' (two terms, AND) finds the Suzhou events", () => {
    const suzhouEvents = dataset.events.filter((e) => e.id.startsWith('suzhou-')).map((e) => e.id);
    expect(suzhouEvents.length).toBeGreaterThan(0);
    const both = ids('Suzhou civility');
    expect(both).toEqual(expect.arrayContaining(suzhouEvents));
    expect(both).toEqual(oracle('Suzhou civility'));
    // AND: never more than either term alone.
    for (const id of both) {
      expect(ids('suzhou')).toContain(id);
      expect(ids('civility')).toContain(id);
    }
    // Term order does not matter.
    expect(ids('civility Suzhou')).toEqual(both);
  });

  it('ignores case and diacritics, in the query and in the text', () => {
    expect(ids('SUZHOU CIVILITY')).toEqual(ids('suzhou civility'));
    expect(ids('Sūzhōu cìvìlìty')).toEqual(ids('suzhou civility'));
    expect(ids('shèhuì xìnyòng')).toEqual(ids('shehui xinyong'));
    expect(ids('TRIANGULAR')).toEqual(ids('triangular'));
  });

  it('matches pinyin and Chinese with or without spaces', () => {
    expect(ids('shehuixinyong')).toContain('state-council-notice-1990');
    expect(ids('shehuixinyong')).toEqual(oracle('shehuixinyong'));
    const chinese = ids('社会信用');
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese).toEqual(oracle('社会信用'));
  });

  it('agrees with a naive oracle on a range of queries', () => {
    for (const query of ['credit', 'blacklist 2019', 'State Council', 'xinyong tixi', 'zz-no-such-text', 'fn 45', '1990', 'Lin', '林']) {
      expect(ids(query), query).toEqual(oracle(query));
    }
  });

  it('returns nothing when one term matches nothing', () => {
    expect(ids('triangular zz-no-such-text')).toEqual([]);
  });
});

describe('createSearchIndex on a small dataset', () => {
  const ref = (over: Partial<Reference> & { id: string }): Reference => ({ key: over.id, authors: [], year: null, title: 'Untitled', ...over });
  const small: Dataset = {
    source: { title: 'Test' },
    categories: [{ id: 'c', label: 'C', description: '' }],
    events: [
      { id: 'a', title: 'Alpha', start: '2000', category: 'c', summary: 'First', footnotes: [1], dateSource: 'Datestone' },
      { id: 'b', title: 'Beta', start: '2001', category: 'c', summary: 'Second', footnotes: [2] },
      { id: 'c', title: 'Gamma', start: '2002', category: 'c', summary: 'Third', footnotes: [] },
    ],
    footnotes: [
      { n: 1, refs: ['r1'], note: 'Note one', citation: 'Citeword 2000' },
      { n: 2, refs: ['r2'], note: 'Note two' },
      { n: 3, refs: ['r3'], note: 'Uncited footnote' },
    ],
    references: [
      ref({ id: 'r1', key: 'Keyone 2000', title: 'Titleone', titleOriginal: '原题', titleTranslated: 'Translatedone', container: 'Containerone', authors: [{ family: 'Arsène', given: 'Givenname', original: '阿森' }] }),
      ref({ id: 'r2', authors: [{ literal: 'Some Institution', original: '某机构' }] }),
      ref({ id: 'r3', title: 'Hiddenref', authors: [{ family: 'Nobody' }] }),
    ],
  };
  const small_ = createSearchIndex(small);
  const find = (q: string) => [...(small_.match(q) ?? new Set(['<null>']))].sort();

  it('searches every listed field of the event, its footnotes and their references', () => {
    const cases: [string, string[]][] = [
      ['alpha', ['a']],
      ['second', ['b']],
      ['datestone', ['a']],
      ['note one', ['a']],
      ['note', ['a', 'b']],
      ['citeword', ['a']],
      ['keyone', ['a']],
      ['titleone', ['a']],
      ['原题', ['a']],
      ['translatedone', ['a']],
      ['containerone', ['a']],
      ['arsene', ['a']],
      ['ARSÈNE', ['a']],
      ['givenname', ['a']],
      ['阿森', ['a']],
      ['institution', ['b']],
      ['someinstitution', ['b']],
      ['某机构', ['b']],
      ['hiddenref', []],
      ['nobody', []],
      ['uncited', []],
    ];
    for (const [query, expected] of cases) expect(find(query), query).toEqual(expected);
  });

  it('does not match across the boundary between two fields', () => {
    // title "Alpha" + summary "First" must not make "alphafirst".
    expect(find('alphafirst')).toEqual([]);
    expect(find('alpha\u0000first')).toEqual([]);
  });

  it('does not re-read the dataset when matching', () => {
    const copy = structuredClone(small);
    const idx = createSearchIndex(copy);
    const event = copy.events[0];
    if (!event) throw new Error('missing event');
    event.title = 'Changed';
    expect([...(idx.match('alpha') ?? [])]).toEqual(['a']);
  });
});
