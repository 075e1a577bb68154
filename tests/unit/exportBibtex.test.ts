import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { bibtexName, bibtexNames, bibtexType, escapeBibtex, protectTitle, referenceToBibtex, toBibtex } from '../../src/export/bibtex';
import type { Author, Dataset, Reference } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const ref = (id: string) => scs.references.find((r) => r.id === id)!;
const base: Reference = { id: 'test-2024', key: 'Test 2024', authors: [{ family: 'Bloch', given: 'Marylaure' }], year: 2024, title: 'A title' };

/** Parsed as Zotero's Better BibTeX reads it, keeping titles as written (no sentence case). */
const read = (bib: string) => {
  const library = parse(bib, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
};
const creator = (author: Author): Creator =>
  'literal' in author && typeof author.literal === 'string'
    ? { name: author.literal }
    : { lastName: (author as { family: string }).family, ...((author as { given?: string }).given ? { firstName: (author as { given: string }).given } : {}) };

describe('escapeBibtex', () => {
  it.each([
    ['&', '\\&'],
    ['%', '\\%'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
    ['\\', '\\textbackslash{}'],
  ])('escapes %s', (char, escaped) => {
    expect(escapeBibtex(`a${char}b`)).toBe(`a${escaped}b`);
  });

  it('keeps Unicode, and puts line breaks on one line', () => {
    expect(escapeBibtex('Arsène 社会信用体系 — “x”')).toBe('Arsène 社会信用体系 — “x”');
    expect(escapeBibtex('one\n  two')).toBe('one two');
  });
});

describe('protectTitle', () => {
  it('braces words with capitals, except a first word with only its initial', () => {
    expect(protectTitle("China's Social Credit System. A Chimera with Real Claws")).toBe("China's {Social} {Credit} {System}. {A} {Chimera} with {Real} {Claws}");
    expect(protectTitle('EU regulation of AI')).toBe('{EU} regulation of {AI}');
    expect(protectTitle('iPhone and the state')).toBe('{iPhone} and the state');
    expect(protectTitle('社会信用体系 and 中国')).toBe('社会信用体系 and 中国');
  });

  it('escapes inside and outside the braces', () => {
    expect(protectTitle('Law & Social Inquiry: 50%')).toBe('Law \\& {Social} {Inquiry}: 50\\%');
  });
});

describe('names', () => {
  it('writes persons family first, institutions braced, and "and others" for et al.', () => {
    expect(bibtexName({ family: 'Backer', given: 'Larry Catá' })).toBe('Backer, Larry Catá');
    expect(bibtexName({ literal: 'State Council', original: '国务院' })).toBe('{State Council}');
    expect(bibtexName({ literal: 'Law & Order Office' })).toBe('{Law \\& Order Office}');
    expect(bibtexName({ family: 'Von Blomberg', given: 'Marianne' })).toBe('{Von Blomberg}, Marianne');
    expect(bibtexName({ family: 'Xu' })).toBe('Xu');
    expect(bibtexNames([{ family: 'Schaefer', given: 'Kendra' }], true)).toBe('Schaefer, Kendra and others');
  });
});

describe('entry types', () => {
  it.each([
    ['article', 'article'],
    ['news', 'article'],
    ['book', 'book'],
    ['chapter', 'incollection'],
    ['report', 'techreport'],
    ['thesis', 'phdthesis'],
    ['web', 'online'],
    ['official', 'misc'],
    ['podcast', 'misc'],
    [undefined, 'misc'],
  ] as const)('%s → @%s', (type, expected) => {
    expect(bibtexType({ ...base, type })).toBe(expected);
  });
});

describe('referenceToBibtex', () => {
  it('writes an article with journal, volume, number, pages (double hyphen), date and month', () => {
    const bib = referenceToBibtex(ref('backer-2019'));
    expect(bib).toMatch(/^@article\{backer-2019,\n/);
    expect(bib).toContain('  journal = {Current History},');
    expect(bib).toContain('  volume  = {118},');
    expect(bib).toContain('  number  = {809},');
    expect(bib).toContain('  pages   = {209--214},');
    expect(bib).toContain('  month   = sep,');
    expect(bib).toContain('  date    = {2019-09},');
    expect(bib.endsWith('}\n')).toBe(true);
  });

  it('marks news as newspaper articles and keeps URL, access date and DOI', () => {
    const news = read(referenceToBibtex(ref('ahmed-2019')))[0]!;
    expect(news.type).toBe('article');
    expect(news.fields.entrysubtype).toBe('newspaper');
    expect(news.fields.url).toBe(ref('ahmed-2019').url);
    expect(news.fields.urldate).toBe('2022-03-01');
    const withDoi = scs.references.find((r) => r.doi)!;
    expect(read(referenceToBibtex(withDoi))[0]!.fields.doi).toBe(withDoi.doi);
  });

  it('keeps the Chinese title, names and publication name in the note, and the dataset’s remarks in annote', () => {
    const entry = read(referenceToBibtex(ref('lin-2012')))[0]!;
    expect(entry.fields.title).toBe(ref('lin-2012').title);
    expect(entry.fields.note).toContain('Original title: 社会信用体系理论的传承脉络与创新');
    expect(entry.fields.note).toContain('English title: The inheritance of the social credit system theory');
    expect(entry.fields.note).toContain('Publication in the original script: 征信');
    expect(entry.fields.note).toContain('Lin, Junyu 林钧跃');
    expect(entry.fields.annote).toBe(ref('lin-2012').note);
  });

  it('gives official documents their number and publication, and theses their school', () => {
    const notice = read(referenceToBibtex(ref('state-council-1990')))[0]!;
    expect(notice.type).toBe('misc');
    expect(notice.fields.number).toBe('(1990)19');
    expect(notice.fields.howpublished).toBe('State Council');
    expect(notice.fields.author).toEqual([{ name: 'State Council' }]);
    const thesis = read(referenceToBibtex(ref('chen-2020')))[0]!;
    expect(thesis.type).toBe('phdthesis');
    expect(thesis.fields.school).toBe('Université de Genève & Tsinghua University');
    expect(thesis.fields.type).toBe('Thesis');
  });

  it('writes editors as editor, and leaves out the year of undated works', () => {
    const edited = scs.references.find((r) => r.editors)!;
    expect(read(referenceToBibtex(edited))[0]!.fields.editor).toBeDefined();
    const undated = read(referenceToBibtex(ref('credit-china')))[0]!;
    expect(undated.fields.year).toBeUndefined();
  });

  it('keeps a title with & % $ # _ braces ~ ^ backslash and Chinese intact through a parser', () => {
    const title = 'Law & Order: 50% of {braces} cost $5 #1 a_b ~ x^2 back\\slash 社会信用体系 “quoted” — Arsène';
    const entry = read(referenceToBibtex({ ...base, title, authors: [{ literal: 'R&D Office' }, { family: 'Lin', given: 'Junyu', original: '林钧跃' }] }))[0]!;
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.author).toEqual([{ name: 'R&D Office' }, { lastName: 'Lin', firstName: 'Junyu' }]);
  });
});

describe('toBibtex on the whole SCS bibliography', () => {
  const bib = toBibtex(scs.references);
  const entries = read(bib);
  const byKey = new Map<string, Entry>(entries.map((e) => [e.key, e]));

  it('parses without errors into one entry per reference, keyed by its id', () => {
    expect(entries.map((e) => e.key)).toEqual(scs.references.map((r) => r.id));
  });

  it.each(scs.references.map((r) => [r.id, r] as const))('%s comes back with its title, year and authors', (_id, reference) => {
    const entry = byKey.get(reference.id)!;
    expect(entry.fields.title).toBe(reference.title);
    expect(entry.fields.year).toBe(reference.year === null ? undefined : String(reference.year));
    const names = entry.fields[reference.editors ? 'editor' : 'author'];
    expect(names).toEqual([...reference.authors.map(creator), ...(reference.etAl ? [{ lastName: 'others' }] : [])]);
  });

  it('with default options (sentence case, as Zotero gets it) keeps every title’s capitals', () => {
    const library = parse(bib);
    expect(library.errors).toEqual([]);
    for (const entry of library.entries) {
      const title = String(entry.fields.title).replace(/<span class="nocase">(.*?)<\/span>/g, '$1');
      expect(title, entry.key).toBe(scs.references.find((r) => r.id === entry.key)!.title);
    }
  });
});
