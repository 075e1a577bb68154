/**
 * The dataset as seen in an interface language: in Chinese, every event,
 * category, era, section, tour, footnote and reference carries its Chinese
 * text (title_zh, summary_zh, dateSource_zh, label_zh, note_zh, ...) in the
 * field the views read (title, summary, dateSource, label, note, ...), where
 * it has one; in English the dataset itself. So the timeline, the list, the
 * details, the work panel, the presentation, the print view and the image
 * exports show the language without knowing about it.
 *
 * The `_zh` fields stay on each record, so `textLang` can still tell which
 * language a shown text is in, and mark an English fallback inside the
 * Chinese page with `lang="en"` (screen readers switch voice). Ids, dates,
 * footnote numbers, citations and the works' bibliographic fields are
 * untouched; exports of data (JSON, BibTeX, RIS, CSV) use the dataset as
 * loaded, not this view.
 *
 * Pure, and cached: the same dataset and language give the same object, so
 * it is safe in store selectors and as a React dependency.
 */
import type { Dataset } from '../data/schema';
import { HTML_LANG, localize, type Lang } from './localize';

type Texts = Readonly<Record<string, unknown>>;

/** `record` with each of `keys` replaced by its Chinese version where there is one; the same object when nothing changes. */
function localizeFields<T extends object>(record: T, keys: readonly string[], lang: Lang): T {
  let copy: Record<string, unknown> | null = null;
  for (const key of keys) {
    const chinese = (record as Texts)[`${key}_zh`];
    if (typeof chinese !== 'string' || chinese.trim() === '') continue;
    copy ??= { ...(record as Texts) };
    copy[key] = localize(record as never, key, lang).text;
  }
  return (copy as T | null) ?? record;
}

const cache = new WeakMap<Dataset, Dataset>();

/** The dataset with its texts in `lang` (English: the dataset itself). */
export function localizeDataset(dataset: Dataset, lang: Lang): Dataset {
  if (lang === 'en') return dataset;
  const cached = cache.get(dataset);
  if (cached) return cached;
  const localized: Dataset = {
    ...dataset,
    categories: dataset.categories.map((c) => localizeFields(c, ['label', 'description'], lang)),
    events: dataset.events.map((e) => localizeFields(e, ['title', 'summary', 'dateSource'], lang)),
    footnotes: dataset.footnotes.map((f) => localizeFields(f, ['note'], lang)),
    references: dataset.references.map((r) => localizeFields(r, ['note'], lang)),
    ...(dataset.eras ? { eras: dataset.eras.map((e) => localizeFields(e, ['label', 'description'], lang)) } : {}),
    ...(dataset.sections ? { sections: dataset.sections.map((s) => localizeFields(s, ['title', 'description'], lang)) } : {}),
    ...(dataset.tours
      ? {
          tours: dataset.tours.map((tour) => ({
            ...localizeFields(tour, ['title', 'description'], lang),
            steps: tour.steps.map((step) => localizeFields(step, ['caption'], lang)),
          })),
        }
      : {}),
  };
  cache.set(dataset, localized);
  return localized;
}

/**
 * The `lang` attribute for a record's text shown on a page in `pageLang`:
 * undefined when the text is in the page's language, "en" for an English
 * text without a Chinese version on the Chinese page.
 */
export function textLang(record: object, key: string, pageLang: Lang): string | undefined {
  if (pageLang === 'en') return undefined;
  const chinese = (record as Texts)[`${key}_zh`];
  return typeof chinese === 'string' && chinese.trim() !== '' ? undefined : HTML_LANG.en;
}

/** The `lang` attribute for text that is always English (the source's title, a category id) on a page in `pageLang`. */
export const englishText = (pageLang: Lang): string | undefined => (pageLang === 'en' ? undefined : HTML_LANG.en);

/** The `lang` attribute for text that is always Chinese (an original title) on a page in `pageLang`. */
export const chineseText = (pageLang: Lang): string | undefined => (pageLang === 'zh' ? undefined : HTML_LANG.zh);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** The `lang` attribute for a text of unknown language (an imported file's title): Chinese if it has Han characters, else English. */
export const guessedTextLang = (text: string, pageLang: Lang): string | undefined => (HAN.test(text) ? chineseText(pageLang) : englishText(pageLang));
