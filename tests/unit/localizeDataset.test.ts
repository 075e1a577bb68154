import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessedTextLang, localizeDataset, textLang } from '../../src/i18n/localizeDataset';
import { citationText, referenceParts, referenceText } from '../../src/data/cite';
import { eventsToCsv, EVENT_CSV_COLUMNS } from '../../src/export/eventsCsv';
import { csvToDataset } from '../../src/data/import/csv';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

describe('localizeDataset', () => {
  it('is the dataset itself in English', () => {
    expect(localizeDataset(scs, 'en')).toBe(scs);
  });

  it('puts the Chinese texts where the views read them, and keeps the same object per dataset', () => {
    const zh = localizeDataset(scs, 'zh');
    expect(localizeDataset(scs, 'zh')).toBe(zh);
    scs.events.forEach((event, i) => {
      const shown = zh.events[i]!;
      expect(shown.id).toBe(event.id);
      expect(shown.start).toBe(event.start);
      expect(shown.title).toBe(event.title_zh ?? event.title);
      expect(shown.summary).toBe(event.summary_zh ?? event.summary);
    });
    expect(zh.categories.map((c) => c.label)).toEqual(scs.categories.map((c) => c.label_zh ?? c.label));
    expect(zh.eras?.map((e) => e.label)).toEqual(scs.eras?.map((e) => e.label_zh ?? e.label));
    expect(zh.tours?.[0]?.steps[0]?.caption).toBe(scs.tours?.[0]?.steps[0]?.caption_zh ?? scs.tours?.[0]?.steps[0]?.caption);
  });

  it('puts the Chinese footnote notes, remarks on works and date sources where the views read them, and leaves the rest of each record alone', () => {
    const zh = localizeDataset(scs, 'zh');
    scs.footnotes.forEach((footnote, i) => {
      const shown = zh.footnotes[i]!;
      expect(shown.note).toBe(footnote.note_zh);
      expect(shown.note).not.toBe(footnote.note);
      // The English stays on the record (exports and textLang read it), and so do the number, citation and works.
      expect(shown).toEqual({ ...footnote, note: footnote.note_zh });
    });
    scs.references.forEach((reference, i) => {
      const shown = zh.references[i]!;
      if (reference.note === undefined) expect(shown).toBe(reference);
      else expect(shown).toEqual({ ...reference, note: reference.note_zh });
    });
    scs.events.forEach((event, i) => {
      expect(zh.events[i]!.dateSource).toBe(event.dateSource_zh ?? event.dateSource);
    });
    const notice = zh.events.find((e) => e.id === 'state-council-notice-1990')!;
    expect(notice.dateSource).toMatch(/^正文给出年份1990年/);
    expect(textLang(notice, 'dateSource', 'zh')).toBeUndefined();
    expect(textLang(zh.footnotes[44]!, 'note', 'zh')).toBeUndefined();
    // The dataset as loaded keeps its English, for English pages and for every export of data.
    expect(localizeDataset(scs, 'en').footnotes[44]!.note).toMatch(/^Cites the 1990 State Council notice/);
    expect(scs.footnotes[44]!.note).toMatch(/^Cites the 1990 State Council notice/);
  });

  it('keeps an English note or date source without a Chinese version, marked lang="en" on the Chinese page', () => {
    const footnote = { n: 1, refs: [], note: 'Only English' };
    const event = { ...scs.events[1]!, dateSource: 'Only English too', dateSource_zh: undefined };
    const dataset: Dataset = { ...scs, events: [event], footnotes: [footnote], references: [{ ...scs.references[0]!, note: 'A remark', note_zh: undefined }] };
    const zh = localizeDataset(dataset, 'zh');
    expect(zh.footnotes[0]).toBe(footnote);
    expect(zh.events[0]!.dateSource).toBe('Only English too');
    expect(zh.references[0]!.note).toBe('A remark');
    expect(textLang(zh.footnotes[0]!, 'note', 'zh')).toBe('en');
    expect(textLang(zh.events[0]!, 'dateSource', 'zh')).toBe('en');
    expect(textLang(zh.footnotes[0]!, 'note', 'en')).toBeUndefined();
  });

  it('falls back to English where there is no Chinese, and says so with lang="en"', () => {
    const dataset: Dataset = { ...scs, events: [{ ...scs.events[0]!, title: 'Only English', title_zh: undefined, summary_zh: '中文摘要' }] };
    const [event] = localizeDataset(dataset, 'zh').events;
    expect(event!.title).toBe('Only English');
    expect(event!.summary).toBe('中文摘要');
    expect(textLang(event!, 'title', 'zh')).toBe('en');
    expect(textLang(event!, 'summary', 'zh')).toBeUndefined();
    expect(textLang(event!, 'title', 'en')).toBeUndefined();
    expect(guessedTextLang('导入的时间线', 'en')).toBe('zh-Hans');
    expect(guessedTextLang('My timeline', 'zh')).toBe('en');
  });
});

describe('referenceParts in Chinese', () => {
  const notice = scs.references.find((r) => r.id === 'state-council-1990')!;

  it('gives the remark on a work in Chinese where it has one, and says which language it is in', () => {
    const note = (ref: typeof notice, lang: 'en' | 'zh') => referenceParts(ref, lang).find((p) => p.kind === 'note');
    expect(note(notice, 'zh')).toEqual({ kind: 'note', text: notice.note_zh, lang: 'zh' });
    expect(note(notice, 'en')).toEqual({ kind: 'note', text: notice.note, lang: 'en' });
    // The same from the localized dataset (where `note` already holds the Chinese).
    const shown = localizeDataset(scs, 'zh').references.find((r) => r.id === notice.id)!;
    expect(note(shown, 'zh')).toEqual({ kind: 'note', text: notice.note_zh, lang: 'zh' });
    expect(note({ ...notice, note_zh: undefined }, 'zh')).toEqual({ kind: 'note', text: notice.note, lang: 'en' });
    // The exports' citations are English, whatever the page.
    expect(referenceText(notice, 'en')).toContain(notice.note!);
    expect(referenceText(notice, 'en')).not.toContain(notice.note_zh!);
  });

  it('cites a Chinese work by its Chinese title first, each title with its language', () => {
    const zh = referenceParts(notice, 'zh');
    const kinds = zh.map((p) => p.kind);
    expect(kinds.indexOf('titleOriginal')).toBeLessThan(kinds.indexOf('title'));
    expect(zh.find((p) => p.kind === 'titleOriginal')?.lang).toBe('zh');
    expect(zh.find((p) => p.kind === 'title')?.lang).toBe('en');
    expect(citationText(zh)).toContain('1990年3月26日');

    const en = referenceParts(notice, 'en').map((p) => p.kind);
    expect(en.indexOf('title')).toBeLessThan(en.indexOf('titleOriginal'));
  });
});

describe('the events CSV', () => {
  it('is the same in every interface language, with the Chinese title and summary in columns of their own that read back in', () => {
    expect(EVENT_CSV_COLUMNS.slice(-2)).toEqual(['title_zh', 'summary_zh']);
    const csv = eventsToCsv(scs.events, scs);
    expect(csv).toContain('26 March 1990');
    const back = csvToDataset(csv);
    const notice = back.dataset!.events.find((e) => e.id === 'state-council-notice-1990')!;
    const original = scs.events.find((e) => e.id === 'state-council-notice-1990')!;
    expect(notice.title_zh).toBe(original.title_zh);
    expect(notice.summary_zh).toBe(original.summary_zh);
  });
});
