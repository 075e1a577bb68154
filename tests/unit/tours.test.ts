/**
 * The tours shipped in public/data/scs.json: every step is an event of the
 * dataset, captions cite only the footnotes of their own event, the thematic
 * tours run in date order, and a tour link is matched to its data tour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { compareDates, parseDate } from '../../src/data/dates';
import { matchingTour, playableTours, tourEventIds } from '../../src/modes/presentation/tours';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const tours = scs.tours ?? [];
const event = (id: string) => scs.events.find((e) => e.id === id);

/** The footnote numbers a caption cites: "(fn 45)", "(fn 71, 78)". */
function citedFootnotes(caption: string): number[] {
  return [...caption.matchAll(/\(fn ([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((n) => Number(n.trim())));
}

describe('the tours of scs.json', () => {
  it('is a valid dataset with three tours', () => {
    expect(validateDataset(scs).problems).toEqual([]);
    expect(tours.map((t) => t.id)).toEqual(['six-milestones', 'how-the-west-saw-it', 'credit-to-morality-and-back']);
    expect(playableTours(scs)).toEqual(tours);
  });

  it('has the six milestones the users named, in their order', () => {
    expect(tourEventIds(tours.find((t) => t.id === 'six-milestones')!)).toEqual([
      'trustworthiness-pilots-1984',
      'state-council-notice-1990',
      'social-credit-system-concept-2002',
      'scs-planning-outline-2014',
      'ndrc-moral-scores-incentive-only-2019',
      'suzhou-civility-score-2020',
    ]);
  });

  it.each(tours.flatMap((tour) => tour.steps.map((step, j) => [tour.id, j + 1, step] as const)))('%s step %i: the event exists and the caption cites only its footnotes', (_tour, _j, step) => {
    const e = event(step.event);
    expect(e, step.event).toBeDefined();
    expect(step.caption.trim()).not.toBe('');
    const cited = citedFootnotes(step.caption);
    for (const n of cited) expect(e!.footnotes, `${step.event} cites fn ${n}?`).toContain(n);
    // An event with footnotes has its caption say where it comes from.
    if (e!.footnotes.length > 0) expect(cited.length, step.event).toBeGreaterThan(0);
    // Nothing that looks like a citation escapes the "(fn N)" form.
    expect(step.caption.replace(/\(fn [\d, ]+\)/g, '')).not.toMatch(/\bfn\b|footnote/i);
  });

  it('runs the thematic tours in date order, seven to nine steps each, each event once', () => {
    for (const id of ['how-the-west-saw-it', 'credit-to-morality-and-back']) {
      const ids = tourEventIds(tours.find((t) => t.id === id)!);
      expect(ids.length).toBeGreaterThanOrEqual(7);
      expect(ids.length).toBeLessThanOrEqual(9);
      expect(new Set(ids).size).toBe(ids.length);
      const starts = ids.map((e) => parseDate(event(e)!.start)!);
      for (let i = 1; i < starts.length; i++) expect(compareDates(starts[i - 1]!, starts[i]!), `${ids[i - 1]} before ${ids[i]}`).toBeLessThanOrEqual(0);
    }
  });

  it('takes the reception tour through every international-reception event', () => {
    const ids = tourEventIds(tours.find((t) => t.id === 'how-the-west-saw-it')!);
    for (const e of scs.events.filter((x) => x.category === 'international-reception')) expect(ids).toContain(e.id);
  });
});

describe('matchingTour', () => {
  const six = tours[0]!;
  it('finds the data tour with the same ids in the same order, and nothing else', () => {
    expect(matchingTour(scs, tourEventIds(six))).toBe(six);
    expect(matchingTour(scs, [...tourEventIds(six)].reverse())).toBeNull();
    expect(matchingTour(scs, tourEventIds(six).slice(1))).toBeNull();
    expect(matchingTour(scs, null)).toBeNull();
    expect(matchingTour({ ...scs, tours: undefined }, tourEventIds(six))).toBeNull();
  });

  it('plays only tours whose every event exists', () => {
    const broken = { ...scs, tours: [{ id: 'x', title: 'X', steps: [{ event: 'nope', caption: 'C' }] }, six] };
    expect(playableTours(broken)).toEqual([six]);
  });
});
