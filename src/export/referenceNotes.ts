/**
 * What a bibliography file cannot say in its own fields: a work's title and
 * names in the original script, its English title, and the publication's
 * original name. BibTeX and RIS carry these as notes (Zotero keeps them as
 * notes of the item).
 */
import type { Reference } from '../data/schema';
import { formatAuthor } from '../data/cite';
import { currentLang, t, type Lang } from '../i18n/messages';

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** One line per fact, in reading order; empty when the fields say everything. */
export function originalScriptNotes(ref: Reference, lang: Lang = currentLang()): string[] {
  const notes: string[] = [];
  if (present(ref.titleOriginal)) notes.push(t('exportNoteOriginalTitle', { title: ref.titleOriginal.trim() }, lang));
  if (present(ref.titleTranslated)) notes.push(t('exportNoteTranslatedTitle', { title: ref.titleTranslated.trim() }, lang));
  if (present(ref.containerOriginal)) notes.push(t('exportNoteOriginalContainer', { container: ref.containerOriginal.trim() }, lang));
  const names = ref.authors.filter((a) => present(a.original)).map(formatAuthor);
  if (names.length > 0) notes.push(t('exportNoteOriginalNames', { names: names.join('; ') }, lang));
  return notes;
}
