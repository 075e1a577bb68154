import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Reference, TimelineEvent } from '../../src/data/schema';
import { createSearchIndex, normalizeText } from '../../src/data/search';
import { unpackPinyinTable, type PinyinTable } from '../../src/data/pinyin';
import { PINYIN_TABLE } from '../../src/data/pinyinTable';

const dataset = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const index = createSearchIndex(dataset);
const pinyinTable = unpackPinyinTable(PINYIN_TABLE);
const withPinyin = createSearchIndex(dataset, { pinyin: pinyinTable });

const ids = (query: string, idx = index) => {
  const result = idx.match(query);
  if (result === null) throw new Error(`${JSON.stringify(query)} should not be blank`);
  return [...result].sort();
};

/** Events citing footnote `n`, straight from the data. */
const citing = (n: number) =>
  dataset.events
    .filter((e) => e.footnotes.includes(n))
    .map((e) => e.id)
    .sort();

/** Each Chinese character as its syllable from the table, one by one (the naive way). */
const spellOut = (text: string, table: PinyinTable) => [...text].map((c) => (table.has(c) ? ` ${table.get(c)} ` : c)).join('');

/**
 * A deliberately naive oracle: every searchable field of an event, each
 * normalised separately and with its spaces removed, and with a pinyin
 * table each field with Chinese characters spelt out as well; a query
 * matches when each term is in one of them.
 */
function oracleFields(event: TimelineEvent, table?: PinyinTable): string[] {
  const fields: unknown[] = [event.title, event.title_zh, event.summary, event.summary_zh, event.dateSource, event.dateSource_zh];
  for (const n of event.footnotes) {
    const footnote = dataset.footnotes.find((f) => f.n === n);
    if (!footnote) continue;
    fields.push(footnote.note, footnote.note_zh, footnote.citation);
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
  const texts = fields.filter((f): f is string => typeof f === 'string');
  const spelt = table ? texts.filter((f) => /\p{Script=Han}/u.test(f)).map((f) => spellOut(f, table)) : [];
  return [...texts, ...spelt].map((f) => normalizeText(f).replace(/\s+/gu, ''));
}

function oracle(query: string, table?: PinyinTable): string[] {
  const terms = normalizeText(query).split(/\s+/u).filter(Boolean);
  return dataset.events
    .filter((e) => {
      const fields = oracleFields(e, table);
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

describe('createSearchIndex(dataset, { pinyin }) on the real dataset', () => {
  const pinyinIds = (query: string) => ids(query, withPinyin);

  it('finds events by the Chinese characters of their title_zh and summary_zh', () => {
    const healthCode = dataset.events.find((e) => e.id === 'health-code-app-2020')!;
    expect(healthCode.title_zh).toContain('健康码');
    expect(ids('健康码')).toContain('health-code-app-2020');
    // 一处失信，处处受限 is in the Chinese texts only (the English says "once untrustworthy, restricted everywhere").
    expect(ids('处处受限')).toEqual(expect.arrayContaining(['once-untrustworthy-guideline-2018', 'shen-kui-critique-2019']));
    expect(ids('处处受限')).toEqual(oracle('处处受限'));
  });

  it('finds Chinese text by toneless pinyin, with or without spaces, only once the table is given', () => {
    expect(ids('chuchushouxian')).toEqual([]);
    const found = pinyinIds('chuchushouxian');
    expect(found).toEqual(expect.arrayContaining(['once-untrustworthy-guideline-2018', 'shen-kui-critique-2019']));
    expect(pinyinIds('chu chu shou xian')).toEqual(expect.arrayContaining(found));
    expect(pinyinIds('ChuChu ShouXian')).toEqual(pinyinIds('chuchu shouxian'));
    expect(found).toEqual(oracle('chuchushouxian', pinyinTable));
  });

  it('finds Chinese text by pinyin with tone marks', () => {
    expect(pinyinIds('chùchù shòuxiàn')).toEqual(pinyinIds('chuchu shouxian'));
    expect(pinyinIds('shèhuì xìnyòng')).toEqual(pinyinIds('shehui xinyong'));
    expect(pinyinIds('shèhuìxìnyòng')).toEqual(pinyinIds('shehuixinyong'));
    expect(pinyinIds('jiànkāngmǎ')).toContain('health-code-app-2020');
  });

  it('"jiankangma" and "shehuixinyong" find the events whose Chinese text has 健康码 and 社会信用', () => {
    const withChars = (chars: string) => dataset.events.filter((e) => `${e.title_zh ?? ''} ${e.summary_zh ?? ''}`.includes(chars)).map((e) => e.id);
    expect(withChars('健康码').length).toBeGreaterThan(1);
    expect(pinyinIds('jiankangma')).toEqual(expect.arrayContaining(withChars('健康码')));
    expect(pinyinIds('shehuixinyong')).toEqual(expect.arrayContaining(withChars('社会信用')));
    // Pinyin of the references' original titles and names counts too: 林钧跃 (Lin Junyu) is cited by footnote 45.
    expect(pinyinIds('linjunyue')).toEqual(expect.arrayContaining(citing(45)));
  });

  it('still finds English, and agrees with the naive oracle with pinyin', () => {
    for (const query of ['triangular', 'Suzhou civility', 'Lieberthal', '社会信用', 'xinyong tixi', 'dao de dang an', 'zhurongji', 'wenmingma', 'zz-no-such-text', '1990']) {
      expect(pinyinIds(query), query).toEqual(oracle(query, pinyinTable));
    }
    expect(pinyinIds('triangular')).toEqual(ids('triangular'));
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

describe('createSearchIndex on a small bilingual dataset', () => {
  const table = unpackPinyinTable('jian健kang康ma码xin信yong用she社hui会');
  const bilingual: Dataset = {
    source: { title: 'Test' },
    categories: [{ id: 'c', label: 'C', description: '' }],
    events: [
      { id: 'a', title: 'Health', title_zh: '健康', start: '2000', category: 'c', summary: 'Code', summary_zh: '码', footnotes: [] },
      { id: 'b', title: 'Credit', title_zh: '社会信用', start: '2001', category: 'c', summary: 'Plain', footnotes: [] },
      { id: 'c', title: 'English only', start: '2002', category: 'c', summary: 'No Chinese', footnotes: [] },
    ],
    footnotes: [],
    references: [],
  };
  const idx = createSearchIndex(bilingual, { pinyin: table });
  const find = (q: string) => [...(idx.match(q) ?? new Set(['<null>']))].sort();

  it('searches title_zh and summary_zh by characters and by pinyin', () => {
    const cases: [string, string[]][] = [
      ['健康', ['a']],
      ['码', ['a']],
      ['信用', ['b']],
      ['jiankang', ['a']],
      ['jian kang', ['a']],
      ['jiànkāng', ['a']],
      ['ma', ['a']],
      ['shehuixinyong', ['b']],
      ['shè huì xìn yòng', ['b']],
      ['xinyong', ['b']],
      ['health', ['a']],
      ['english', ['c']],
    ];
    for (const [query, expected] of cases) expect(find(query), query).toEqual(expected);
  });

  it('never matches across fields: not title_zh into summary_zh, nor characters into their pinyin', () => {
    // title_zh 健康 + summary_zh 码: each is found, the run across them is not.
    expect(find('健康码')).toEqual([]);
    expect(find('jiankangma')).toEqual([]);
    // 社会信用 is followed by its pinyin as a separate field.
    expect(find('信用she')).toEqual([]);
    expect(find('用shehui')).toEqual([]);
    // Pinyin of the title does not run into the English summary.
    expect(find('yongplain')).toEqual([]);
  });

  it('without a table, Chinese is found by its characters only', () => {
    const plain = createSearchIndex(bilingual);
    expect([...(plain.match('信用') ?? [])]).toEqual(['b']);
    expect([...(plain.match('xinyong') ?? [])]).toEqual([]);
    expect([...(createSearchIndex(bilingual, { pinyin: null }).match('xinyong') ?? [])]).toEqual([]);
  });
});
