import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceCredit, sourceReference } from '../../src/export/credit';
import { exportFileName, localIsoDate } from '../../src/export/fileName';
import { describeFilters, describeView, describeWindow } from '../../src/export/viewSummary';
import { originalScriptNotes } from '../../src/export/referenceNotes';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

describe('sourceCredit', () => {
  it('cites the article with its DOI, through the bibliography’s own citation code', () => {
    expect(sourceCredit(scs.source)).toBe(
      'Source: Bloch, Marylaure (2022): Sociotechnical imaginaries shaping China’s emerging social credit system. Asiatische Studien – Études Asiatiques 76(1). https://doi.org/10.1515/asia-2021-0019',
    );
    expect(sourceReference(scs.source).authors).toEqual([{ literal: 'Bloch, Marylaure' }]);
  });

  it('still credits a source with only a title', () => {
    expect(sourceCredit({ title: 'My own timeline' })).toBe('Source: (n.d.): My own timeline.');
  });
});

describe('file names', () => {
  it('use the reader’s calendar date, not UTC', () => {
    expect(localIsoDate(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('name each kind of export', () => {
    const date = new Date(2026, 10, 25);
    expect(exportFileName('timeline', 'svg', date)).toBe('scs-timeline-2026-11-25.svg');
    expect(exportFileName('timeline', '.png', date)).toBe('scs-timeline-2026-11-25.png');
    expect(exportFileName('events', 'csv', date)).toBe('scs-timeline-events-2026-11-25.csv');
    expect(exportFileName('bibliography', 'bib', date)).toBe('scs-timeline-bibliography-2026-11-25.bib');
    expect(exportFileName('bibliography-cited', 'ris', date)).toBe('scs-timeline-bibliography-cited-2026-11-25.ris');
  });
});

describe('viewSummary', () => {
  it('describes the window with its last day inclusive', () => {
    expect(describeWindow(null)).toBe('Showing the whole timeline');
    expect(describeWindow({ from: Date.UTC(1985, 0, 1), to: Date.UTC(1996, 0, 1) })).toBe('Showing 1 January 1985 to 31 December 1995');
  });

  it('names the categories shown and the search, only when they filter', () => {
    expect(describeFilters(scs, [], '')).toEqual([]);
    expect(describeFilters(scs, ['controversy'], '  credit ')).toEqual([
      `categories: ${scs.categories.filter((c) => c.id !== 'controversy').map((c) => c.label).join(', ')}`,
      'search: “credit”',
    ]);
  });

  it('puts it on one line', () => {
    expect(describeView(scs, { window: null, hiddenCategories: [], query: '', shown: 46 })).toBe(`Showing the whole timeline · 46 of ${scs.events.length} events`);
    expect(describeView(scs, { window: null, hiddenCategories: [], query: 'triangular', shown: 1 })).toBe(`Showing the whole timeline · 1 of ${scs.events.length} events · search: “triangular”`);
  });
});

describe('originalScriptNotes', () => {
  it('gives the original title, the English title, the original publication and the names in the original script', () => {
    const lin = scs.references.find((r) => r.id === 'lin-2012')!;
    expect(originalScriptNotes(lin)).toEqual([
      `Original title: ${lin.titleOriginal}`,
      `English title: ${lin.titleTranslated}`,
      'Publication in the original script: 征信',
      'Names in the original script: Lin, Junyu 林钧跃',
    ]);
    expect(originalScriptNotes(scs.references.find((r) => r.id === 'backer-2019')!)).toEqual([]);
  });
});
