import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { referenceToRis, risDate, risFields, risName, risType, splitPages, toRis } from '../../src/export/ris';
import type { Author, Dataset, Reference } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const ref = (id: string) => scs.references.find((r) => r.id === id)!;
const base: Reference = { id: 'test-2024', key: 'Test 2024', authors: [{ family: 'Bloch', given: 'Marylaure' }], year: 2024, title: 'A title' };

const read = (ris: string): CslItem[] => new Cite(ris).data;
const cslName = (author: Author): CslName =>
  'literal' in author && typeof author.literal === 'string'
    ? { literal: author.literal }
    : { family: (author as { family: string }).family, ...((author as { given?: string }).given ? { given: (author as { given: string }).given } : {}) };
/** A parsed name as RIS writes it ("Family, Given", or the institution); citation-js reads a one-word institution as a family name. */
const nameText = (name: CslName) => name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
const notes = (item: CslItem) => (Array.isArray(item.note) ? item.note : item.note ? [item.note] : []);

describe('RIS pieces', () => {
  it('maps reference types to RIS types Zotero knows', () => {
    expect(risType({ ...base, type: 'article' })).toBe('JOUR');
    expect(risType({ ...base, type: 'news' })).toBe('NEWS');
    expect(risType({ ...base, type: 'book' })).toBe('BOOK');
    expect(risType({ ...base, type: 'chapter' })).toBe('CHAP');
    expect(risType({ ...base, type: 'report' })).toBe('RPRT');
    expect(risType({ ...base, type: 'official' })).toBe('GOVDOC');
    expect(risType({ ...base, type: 'thesis' })).toBe('THES');
    expect(risType({ ...base, type: 'web' })).toBe('ELEC');
    expect(risType({ ...base })).toBe('GEN');
  });

  it('writes dates as YYYY/MM/DD/ at their precision', () => {
    expect(risDate('1990-03-26')).toBe('1990/03/26/');
    expect(risDate('2019-09')).toBe('2019/09//');
    expect(risDate('2019')).toBe('2019///');
    expect(risDate('not a date')).toBeNull();
  });

  it('splits page ranges into start and end', () => {
    expect(splitPages('209–214')).toEqual(['209', '214']);
    expect(splitPages('1-30')).toEqual(['1', '30']);
    expect(splitPages('42')).toEqual(['42', null]);
  });

  it('writes persons "Family, Given" and institutions without a comma', () => {
    expect(risName({ family: 'Backer', given: 'Larry Catá' })).toBe('Backer, Larry Catá');
    expect(risName({ literal: 'State Council', original: '国务院' })).toBe('State Council');
    expect(risName({ literal: 'Peterson Institute, PIIE' })).toBe('Peterson Institute PIIE');
  });

  it('starts a record with TY, ends it with "ER  - ", and ends every line with CRLF', () => {
    const text = referenceToRis(ref('backer-2019'));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines).toEqual(expect.arrayContaining(['ID  - backer-2019', 'AU  - Backer, Larry Catá', 'T2  - Current History', 'PY  - 2019', 'DA  - 2019/09//', 'VL  - 118', 'IS  - 809', 'SP  - 209', 'EP  - 214']));
  });

  it('writes URL, DOI, access date, document number and original-script notes', () => {
    const fields = risFields(ref('state-council-1990'));
    expect(fields).toEqual(expect.arrayContaining([['TY', 'GOVDOC'], ['SN', '(1990)19'], ['DA', '1990/03/26/'], ['N1', 'Original title: 国务院关于在全国范围内开展清理\'三角债\'工作的通知']]));
    const web = risFields(ref('ahmed-2017'));
    expect(web).toEqual(expect.arrayContaining([['UR', ref('ahmed-2017').url!], ['Y2', '2022/03/01/']]));
    const withDoi = scs.references.find((r) => r.doi)!;
    expect(risFields(withDoi)).toEqual(expect.arrayContaining([['DO', withDoi.doi!]]));
  });

  it('puts line breaks in a value on one line', () => {
    expect(referenceToRis({ ...base, title: 'one\ntwo' })).toContain('TI  - one two\r\n');
  });
});

describe('toRis on the whole SCS bibliography, read back by citation-js', () => {
  const text = toRis(scs.references);
  const items = read(text);
  const byId = new Map(items.map((item) => [item.id, item]));

  it('reads persons as family and given names, and institutions as one name', () => {
    expect(byId.get('backer-2019')!.author).toEqual([cslName(ref('backer-2019').authors[0]!)]);
    expect(byId.get('state-council-1990')!.author).toEqual([{ literal: 'State Council' }]);
    expect(byId.get('kostka-et-al-2021')!.author).toEqual(ref('kostka-et-al-2021').authors.map(cslName));
  });

  it('gives one record per reference, with its id', () => {
    expect(items.map((item) => item.id)).toEqual(scs.references.map((r) => r.id));
    expect(text.split('\r\n').filter((line) => line.startsWith('TY  - '))).toHaveLength(scs.references.length);
  });

  it.each(scs.references.map((r) => [r.id, r] as const))('%s comes back with its title, year and authors', (_id, reference) => {
    const item = byId.get(reference.id)!;
    expect(item.title).toBe(reference.title);
    expect(item.issued?.['date-parts']?.[0]?.[0]).toBe(reference.year ?? undefined);
    const expected = reference.authors.map(risName);
    if (reference.editors && reference.type === 'book') expect(item.editor?.map(nameText)).toEqual(expected);
    // The RIS spec has no editor for news or reports, so citation-js drops ED there; Zotero reads ED as editor.
    else if (reference.editors) expect(risFields(reference).filter(([tag]) => tag === 'ED').map(([, name]) => name)).toEqual(expected);
    // citation-js follows the RIS spec's "AU = reporter" for newspaper articles, as plain text (Zotero reads them as authors).
    else if (reference.type === 'news') expect([item.reporter].flat()).toEqual(expected);
    else expect(item.author?.map(nameText)).toEqual(expected);
  });

  it('keeps a title with & % braces and Chinese, and the original title as a note', () => {
    const title = 'Law & Order: 50% of {braces} — 社会信用体系 “quoted”';
    const [item] = read(toRis([{ ...base, title, titleOriginal: '社会信用体系建设规划纲要 (2014–2020年)' }]));
    expect(item!.title).toBe(title);
    expect(notes(item!)).toContain('Original title: 社会信用体系建设规划纲要 (2014–2020年)');
  });
});
