/**
 * The dataset's texts in the interface language.
 *
 * English is the dataset's language; a text may have a Simplified Chinese
 * version in a field of the same name with "_zh" appended (title_zh,
 * summary_zh, label_zh, description_zh, caption_zh, dateSource_zh, note_zh;
 * see src/data/schema.ts).
 * In Chinese, each accessor returns that version where there is one, else
 * the English text, and says which language it returned, so a component can
 * mark an English fallback inside a Chinese page:
 *
 *   const title = eventTitle(event, 'zh');
 *   <h2 lang={langAttribute(title, 'zh')}>{title.text}</h2>
 *
 * Pure: no React, no store.
 */
import type { Category, Era, TimelineEvent, Tour, TourStep } from '../data/schema';

/** An interface language. */
export type Lang = 'en' | 'zh';

/** A text and the language it is in (not necessarily the one asked for). */
export interface Localized {
  readonly text: string;
  readonly lang: Lang;
}

/** BCP 47 tags for the `lang` attribute. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-Hans' };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * `record[key]` in `lang`: in Chinese its `${key}_zh` when that is a
 * non-blank string, otherwise the English `record[key]` ("" when absent).
 */
export function localize<K extends string>(record: { readonly [P in K]?: string } & { readonly [P in `${K}_zh`]?: string }, key: K, lang: Lang): Localized {
  if (lang === 'zh') {
    const chinese: unknown = record[`${key}_zh` as `${K}_zh`];
    if (isText(chinese)) return { text: chinese, lang: 'zh' };
  }
  const english: unknown = record[key];
  return { text: typeof english === 'string' ? english : '', lang: 'en' };
}

/**
 * The `lang` attribute for a text shown on a page in `pageLang`: undefined
 * when it is in the page's language (it inherits), else its BCP 47 tag.
 */
export function langAttribute(localized: Localized, pageLang: Lang): string | undefined {
  return localized.lang === pageLang ? undefined : HTML_LANG[localized.lang];
}

export const eventTitle = (event: Pick<TimelineEvent, 'title' | 'title_zh'>, lang: Lang) => localize(event, 'title', lang);
export const eventSummary = (event: Pick<TimelineEvent, 'summary' | 'summary_zh'>, lang: Lang) => localize(event, 'summary', lang);
export const categoryLabel = (category: Pick<Category, 'label' | 'label_zh'>, lang: Lang) => localize(category, 'label', lang);
export const categoryDescription = (category: Pick<Category, 'description' | 'description_zh'>, lang: Lang) => localize(category, 'description', lang);
export const eraLabel = (era: Pick<Era, 'label' | 'label_zh'>, lang: Lang) => localize(era, 'label', lang);
/** "" when the era has no description in either language. */
export const eraDescription = (era: Pick<Era, 'description' | 'description_zh'>, lang: Lang) => localize(era, 'description', lang);
export const tourTitle = (tour: Pick<Tour, 'title' | 'title_zh'>, lang: Lang) => localize(tour, 'title', lang);
/** "" when the tour has no description in either language. */
export const tourDescription = (tour: Pick<Tour, 'description' | 'description_zh'>, lang: Lang) => localize(tour, 'description', lang);
export const stepCaption = (step: Pick<TourStep, 'caption' | 'caption_zh'>, lang: Lang) => localize(step, 'caption', lang);
