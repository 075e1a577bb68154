/**
 * Titles, summaries, footnote notes and tour captions are ours: facts carry over from the
 * article, its sentences do not. This fails when any of our texts shares a
 * run of eight words with the article's body or footnotes (bibliographic
 * titles and parenthesised citations are excluded: they are data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';

const ARTICLE = '../shared/sources/bloch-2022-scs-sociotechnical-imaginaries.md';
const RUN = 8;

/** Citations in parentheses ("(Nguyen 2016, Ma 2019)") are bibliographic data, not prose. */
const withoutCitations = (text: string) => text.replace(/\([^()]*\b\d{4}\b[^()]*\)/g, ' ');

const words = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

function shingles(text: string): Set<string> {
  const list = words(text);
  const set = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) set.add(list.slice(i, i + RUN).join(' '));
  return set;
}

describe('own words', () => {
  it('finds the article to compare with', () => {
    expect(existsSync(ARTICLE), `${ARTICLE} (the shared sources, beside the clone)`).toBe(true);
  });

  it('shares no run of eight words with the article', () => {
    const article = readFileSync(ARTICLE, 'utf8');
    const body = article.slice(0, article.indexOf('## References'));
    const theirs = shingles(body);
    const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
    const ours: [string, string][] = [
      ...data.events.flatMap((e): [string, string][] => [
        [`events ${e.id} title`, e.title],
        [`events ${e.id} summary`, e.summary],
      ]),
      ...(data.eras ?? []).map((e): [string, string] => [`eras ${e.id}`, e.description ?? '']),
      ...data.footnotes.map((f): [string, string] => [`footnote ${f.n}`, withoutCitations(f.note)]),
      ...data.categories.map((c): [string, string] => [`category ${c.id}`, c.description]),
      ...(data.tours ?? []).flatMap((tour): [string, string][] => [
        [`tour ${tour.id} title`, tour.title],
        [`tour ${tour.id} description`, tour.description ?? ''],
        ...tour.steps.map((step, j): [string, string] => [`tour ${tour.id} step ${j + 1} caption`, step.caption]),
      ]),
    ];
    const copied = ours.flatMap(([where, text]) => [...shingles(text)].filter((s) => theirs.has(s)).map((s) => `${where}: "${s}"`));
    expect(copied).toEqual([]);
  });
});
