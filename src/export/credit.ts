/**
 * The credit line every export carries: the article the timeline is built
 * from, cited in full by the same code as the bibliography, with its DOI.
 * "Source: Bloch, Marylaure (2022): Sociotechnical imaginaries shaping China’s
 * emerging social credit system. Asiatische Studien – Études Asiatiques 76(1).
 * https://doi.org/10.1515/asia-2021-0019"
 */
import type { Reference, Source } from '../data/schema';
import { referenceText } from '../data/cite';
import { currentLang, t, type Lang } from '../i18n/messages';
import '../i18n/messagesLater';

/** The dataset's source as a reference, so referenceText can cite it. Authors are kept as written ("Bloch, Marylaure"). */
export function sourceReference(source: Source): Reference {
  return {
    id: 'source',
    key: 'source',
    authors: (source.authors ?? []).filter((a) => a.trim()).map((a) => ({ literal: a.trim() })),
    year: source.year ?? null,
    title: source.title,
    container: source.journal,
    volume: source.volume,
    issue: source.issue,
    type: 'article',
    doi: source.doi,
    url: source.url,
  };
}

export function sourceCredit(source: Source, lang: Lang = currentLang()): string {
  return t('exportSourceCredit', { citation: referenceText(sourceReference(source), lang) }, lang);
}
