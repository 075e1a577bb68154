import { describe, expect, it } from 'vitest';
import {
  categoryDescription,
  categoryLabel,
  eraDescription,
  eraLabel,
  eventSummary,
  eventTitle,
  langAttribute,
  localize,
  stepCaption,
  tourDescription,
  tourTitle,
} from '../../src/i18n/localize';
import type { Category, Era, TimelineEvent, Tour } from '../../src/data/schema';

const event: TimelineEvent = {
  id: 'e',
  title: 'Health Code app',
  title_zh: '健康码应用',
  start: '2020',
  category: 'c',
  summary: 'English summary',
  footnotes: [],
};
const category: Category = { id: 'c', label: 'Controversies', label_zh: '争议', description: 'Disputes' };
const era: Era = { id: 'r', label: 'Reform and opening-up', start: '1978', end: '2022', description_zh: '只有中文说明' };
const tour: Tour = { id: 't', title: 'Six milestones', title_zh: '六个里程碑', steps: [{ event: 'e', caption: 'A caption', caption_zh: '一段说明' }] };

describe('localize(record, key, lang)', () => {
  it('returns the _zh version in Chinese, marked zh', () => {
    expect(eventTitle(event, 'zh')).toEqual({ text: '健康码应用', lang: 'zh' });
    expect(categoryLabel(category, 'zh')).toEqual({ text: '争议', lang: 'zh' });
    expect(tourTitle(tour, 'zh')).toEqual({ text: '六个里程碑', lang: 'zh' });
    expect(stepCaption(tour.steps[0]!, 'zh')).toEqual({ text: '一段说明', lang: 'zh' });
    expect(eraDescription(era, 'zh')).toEqual({ text: '只有中文说明', lang: 'zh' });
  });

  it('falls back to English in Chinese where there is no _zh version, marked en', () => {
    expect(eventSummary(event, 'zh')).toEqual({ text: 'English summary', lang: 'en' });
    expect(categoryDescription(category, 'zh')).toEqual({ text: 'Disputes', lang: 'en' });
    expect(eraLabel(era, 'zh')).toEqual({ text: 'Reform and opening-up', lang: 'en' });
  });

  it('returns English in English, even where a _zh version exists', () => {
    expect(eventTitle(event, 'en')).toEqual({ text: 'Health Code app', lang: 'en' });
    expect(categoryLabel(category, 'en')).toEqual({ text: 'Controversies', lang: 'en' });
    expect(stepCaption(tour.steps[0]!, 'en')).toEqual({ text: 'A caption', lang: 'en' });
  });

  it('gives "" for an optional text absent in both languages (or absent in English, asked in English)', () => {
    expect(tourDescription(tour, 'zh')).toEqual({ text: '', lang: 'en' });
    expect(eraDescription(era, 'en')).toEqual({ text: '', lang: 'en' });
  });

  it('treats a blank or non-text _zh value as absent (data from outside may not be validated)', () => {
    expect(localize({ title: 'T', title_zh: '  ' }, 'title', 'zh')).toEqual({ text: 'T', lang: 'en' });
    expect(localize({ title: 'T', title_zh: 5 } as unknown as { title: string }, 'title', 'zh')).toEqual({ text: 'T', lang: 'en' });
  });
});

describe('langAttribute(localized, pageLang)', () => {
  it('is undefined in the page language and the BCP 47 tag otherwise', () => {
    expect(langAttribute(eventTitle(event, 'zh'), 'zh')).toBeUndefined();
    expect(langAttribute(eventSummary(event, 'zh'), 'zh')).toBe('en');
    expect(langAttribute(eventTitle(event, 'en'), 'en')).toBeUndefined();
    expect(langAttribute({ text: '健康码', lang: 'zh' }, 'en')).toBe('zh-Hans');
  });
});
