/**
 * What a presentation shows, as plain data: the sequence of events (a tour in
 * its own order, or the visible events by date), the slide's source line and
 * its short announcement. No React, no DOM.
 */
import type { Dataset, TimelineEvent } from '../../data/schema';
import { formatDateRange } from '../../data/formatDate';
import { currentLang, joinList, t, type Lang } from '../../i18n/messages';
import '../../i18n/messagesLater';

// (The sequence itself is in presentSequence.ts: the Present button needs it before this module, which comes with the presentation.)
export { selectPresentationSequence } from './presentSequence';

/** The position of the slide shown: the selected event's, or the first when the selection is not in the sequence. */
export function currentIndex(sequence: readonly TimelineEvent[], selectedId: string | null): number {
  if (sequence.length === 0) return -1;
  const index = selectedId ? sequence.findIndex((e) => e.id === selectedId) : -1;
  return index >= 0 ? index : 0;
}

export interface SourceLine {
  /** "Footnote 45", "Footnotes 71, 78", "Section 7 of the article". */
  readonly where: string;
  /** The short citations (reference keys) of the works the footnotes cite, without repeats. */
  readonly works: readonly string[];
  /** How many more works there are than `works` lists. */
  readonly more: number;
}

/** Where an event comes from, briefly: its footnotes and the keys of the works they cite (at most `maxWorks`). */
export function sourceLine(event: TimelineEvent, dataset: Dataset, maxWorks = 4, lang: Lang = currentLang()): SourceLine {
  if (event.footnotes.length === 0) {
    const section = event.section?.trim();
    return { where: section ? t('presentSection', { section }, lang) : t('presentNoSource', {}, lang), works: [], more: 0 };
  }
  const footnotes = new Map(dataset.footnotes.map((f) => [f.n, f]));
  const keys = new Map(dataset.references.map((r) => [r.id, r.key]));
  const all: string[] = [];
  for (const n of event.footnotes) {
    for (const id of footnotes.get(n)?.refs ?? []) {
      const key = (keys.get(id) ?? id).trim();
      if (key && !all.includes(key)) all.push(key);
    }
  }
  const list = joinList(event.footnotes, lang);
  return {
    where: t(event.footnotes.length === 1 ? 'presentFootnote' : 'presentFootnotes', { list }, lang),
    works: all.slice(0, maxWorks),
    more: Math.max(0, all.length - maxWorks),
  };
}

/** The works of a source line: "Nguyen 2016; Ma 2019; and 18 more"; empty when there are none. */
export function worksText(line: SourceLine, lang: Lang = currentLang()): string {
  const works = line.more > 0 ? [...line.works, t('presentMoreWorks', { count: line.more }, lang)] : line.works;
  return works.join('; ');
}

/** The source line as one string: "Footnotes 71, 78 — China News 2019; Xinhua 2020". */
export function sourceLineText(line: SourceLine, lang: Lang = currentLang()): string {
  return line.works.length === 0 ? line.where : `${line.where} — ${worksText(line, lang)}`;
}

/** The date of an event in words, at its precision ("about 2011 to 2012"). */
export const slideDate = (event: TimelineEvent, lang: Lang = currentLang()) => formatDateRange(event.start, event.end, event.approximate, lang);

/** What the live region says for a slide: "7 of 31: 26 March 1990, <title>". */
export function slideAnnouncement(event: TimelineEvent, index: number, total: number, lang: Lang = currentLang()): string {
  return t('presentAnnounce', { current: index + 1, total, date: slideDate(event, lang), title: event.title }, lang);
}
