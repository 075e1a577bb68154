import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessedTextLang, localizeDataset, textLang } from '../../src/i18n/localizeDataset';
import { citationText, referenceParts } from '../../src/data/cite';
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
    // Sources are untouched: the same objects.
    expect(zh.references).toBe(scs.references);
    expect(zh.footnotes).toBe(scs.footnotes);
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
