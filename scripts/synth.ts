/**
 * A synthetic dataset in our own format, for benchmarks:
 *
 *   npm run data:synth -- <n> [--out file] [--seed s]
 *
 * Deterministic: the same n and seed give the same bytes (a seeded PRNG,
 * no clock, no locale). The events look like real ones where it matters
 * for rendering: about 70 % points and 30 % ranges, dates at day, month and
 * year precision from 1980 to 2025 with a few dense clusters, titles of 30–90
 * characters, short summaries, every category of the SCS dataset, and
 * footnotes that cite a few synthetic references, so the file validates.
 * Default output: bench/data/synth-<n>.json (compact JSON, not committed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Category, Dataset, Footnote, Reference, TimelineEvent } from '../src/data/schema';

export const DEFAULT_SEED = 1;

/** mulberry32: a tiny seeded PRNG, good enough to spread synthetic dates and words. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The categories of the built-in SCS dataset, reused so the legend and colours are the real ones. */
export function scsCategories(): Category[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data', 'scs.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Dataset).categories;
}

const SUBJECTS = [
  'credit', 'council', 'ministry', 'province', 'city', 'county', 'village', 'bank', 'platform', 'court',
  'bureau', 'commission', 'pilot', 'registry', 'agency', 'lender', 'app', 'database', 'blacklist', 'redlist',
  'score', 'rating', 'scheme', 'zone', 'notice', 'outline', 'plan', 'law', 'rule', 'guideline',
];
const VERBS = [
  'issues', 'launches', 'publishes', 'extends', 'revises', 'suspends', 'tests', 'announces', 'adopts', 'expands',
  'links', 'drafts', 'reviews', 'ends', 'merges', 'opens', 'restricts', 'reports', 'shares', 'rates',
];
const QUALIFIERS = [
  'national', 'local', 'municipal', 'provincial', 'financial', 'social', 'corporate', 'judicial', 'online', 'public',
  'new', 'first', 'second', 'joint', 'unified', 'regional', 'digital', 'moral', 'commercial', 'interim',
];
const OBJECTS = [
  'credit records', 'trust scores', 'punishment lists', 'data sharing', 'honesty pledges', 'debt defaulters',
  'loan applicants', 'food safety', 'tax compliance', 'court rulings', 'market access', 'travel bans',
  'enterprise ratings', 'privacy rules', 'media coverage', 'citizen points', 'reward measures', 'pilot cities',
];
const LINKS = ['for', 'on', 'with', 'against', 'across', 'after', 'under', 'over'];

/** Dense periods, as in real data (campaigns, outlines, corrections): month centre and spread in days. */
const CLUSTERS: readonly { year: number; month: number; spreadDays: number }[] = [
  { year: 1990, month: 3, spreadDays: 120 },
  { year: 2007, month: 4, spreadDays: 200 },
  { year: 2014, month: 6, spreadDays: 90 },
  { year: 2018, month: 1, spreadDays: 150 },
  { year: 2019, month: 9, spreadDays: 60 },
  { year: 2020, month: 5, spreadDays: 45 },
];

const DAY = 86_400_000;
const FIRST = Date.UTC(1980, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A normal deviate (Box–Muller), for clusters. */
function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function phrase(random: Random): string {
  switch (int(random, 0, 3)) {
    case 0:
      return `${pick(random, QUALIFIERS)} ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
    case 1:
      return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, QUALIFIERS)} ${pick(random, SUBJECTS)}`;
    case 2:
      return `${pick(random, LINKS)} ${pick(random, QUALIFIERS)} ${pick(random, OBJECTS)}`;
    default:
      return `${pick(random, QUALIFIERS)} ${pick(random, OBJECTS)}`;
  }
}

/** Words from the lexicon up to a length between min and max characters. */
function sentence(random: Random, min: number, max: number): string {
  const target = int(random, min, max);
  let text = phrase(random);
  while (text.length < target) {
    const next = `${text} ${phrase(random)}`;
    if (next.length > max) break;
    text = next;
  }
  // A phrase can be longer than the room left: cut at a word, never below min.
  while (text.length > max) text = text.slice(0, text.lastIndexOf(' '));
  while (text.length < min) text = `${text} ${pick(random, SUBJECTS)}`.slice(0, max);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayOf(random: Random): number {
  if (random() < 0.35) {
    const cluster = pick(random, CLUSTERS);
    const centre = Date.UTC(cluster.year, cluster.month - 1, 15);
    return Math.min(LAST, Math.max(FIRST, centre + Math.round(gaussian(random) * cluster.spreadDays) * DAY));
  }
  return FIRST + Math.floor(random() * ((LAST - FIRST) / DAY + 1)) * DAY;
}

type Precision = 'day' | 'month' | 'year';

function iso(ms: number, precision: Precision): string {
  const date = new Date(ms);
  const year = pad(date.getUTCFullYear(), 4);
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'month' ? month : `${month}-${pad(date.getUTCDate())}`;
}

function precisionOf(random: Random): Precision {
  const r = random();
  return r < 0.6 ? 'day' : r < 0.85 ? 'month' : 'year';
}

const coarser = (a: Precision, b: Precision): Precision => (a === 'year' || b === 'year' ? 'year' : a === 'month' || b === 'month' ? 'month' : 'day');

const FAMILIES = ['Chen', 'Li', 'Wang', 'Zhang', 'Liu', 'Smith', 'Müller', 'Dubois', 'Garcia', 'Kowalski', 'Tanaka', 'Okafor'];
const GIVEN = ['Wei', 'Jing', 'Anna', 'Tom', 'Marie', 'Lukas', 'Yuki', 'Ada', 'Omar', 'Lin'];
const REFERENCE_COUNT = 24;
const FOOTNOTE_COUNT = 80;

function references(random: Random): Reference[] {
  return Array.from({ length: REFERENCE_COUNT }, (_, i) => {
    const family = pick(random, FAMILIES);
    const year = int(random, 1995, 2024);
    return {
      id: `synth-ref-${pad(i + 1, 3)}`,
      key: `${family} ${year} (${i + 1})`,
      authors: [{ family, given: pick(random, GIVEN) }],
      year,
      title: sentence(random, 30, 90),
      container: `Journal of ${pick(random, QUALIFIERS)} studies`,
      type: 'article',
      kind: 'scholarship',
      url: `https://example.org/synthetic/${i + 1}`,
    } satisfies Reference;
  });
}

function footnotes(random: Random, refs: readonly Reference[]): Footnote[] {
  return Array.from({ length: FOOTNOTE_COUNT }, (_, i) => {
    const first = pick(random, refs);
    const cited = random() < 0.3 ? [first, pick(random, refs)] : [first];
    const ids = [...new Set(cited.map((r) => r.id))];
    return { n: i + 1, refs: ids, note: sentence(random, 30, 120), citation: cited.map((r) => r.key).join('; ') };
  });
}

function event(random: Random, index: number, categories: readonly Category[]): TimelineEvent {
  const startDay = dayOf(random);
  const startPrecision = precisionOf(random);
  const isRange = random() < 0.3;
  const title = sentence(random, 30, 90);
  const category = categories[index % categories.length]!.id;
  const footnoteCount = int(random, 0, 2);
  const notes = [...new Set(Array.from({ length: footnoteCount }, () => int(random, 1, FOOTNOTE_COUNT)))].sort((a, b) => a - b);
  let end: string | undefined;
  if (isRange) {
    // Mostly weeks to a few years, now and then a decade.
    const days = Math.round(Math.exp(random() * Math.log(random() < 0.1 ? 3650 : 1200)) + 1);
    end = iso(Math.min(LAST, startDay + days * DAY), coarser(startPrecision, precisionOf(random)));
  }
  const approximate = random() < 0.05;
  const result: TimelineEvent = {
    id: `synth-${pad(index + 1, 7)}`,
    title,
    start: iso(startDay, startPrecision),
    ...(end === undefined ? {} : { end }),
    ...(approximate ? { approximate } : {}),
    category,
    summary: sentence(random, 40, 140) + '.',
    footnotes: notes,
  };
  return result;
}

/** The synthetic dataset of n events; the same n, seed and categories always give the same value. */
export function synthDataset(n: number, seed: number = DEFAULT_SEED, categories: readonly Category[] = scsCategories()): Dataset {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, not ${n}`);
  if (categories.length === 0) throw new RangeError('at least one category is needed');
  const random = mulberry32(seed);
  const refs = references(random);
  const notes = footnotes(random, refs);
  const events = Array.from({ length: n }, (_, i) => event(random, i, categories));
  // In date order, as a real dataset would be kept (the app sorts anyway).
  const order = events.map((e, i) => ({ e, i, key: e.start }));
  order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return {
    source: {
      title: `Synthetic benchmark dataset: ${n} events, seed ${seed}`,
      authors: ['scripts/synth.ts'],
      year: 2025,
    },
    categories: categories.map((c) => ({ ...c })),
    events: order.map(({ e }) => e),
    footnotes: notes,
    references: refs,
  };
}

/** The file's text: compact JSON (a 100,000-event file is large enough as it is) and a final newline. */
export function synthJson(n: number, seed: number = DEFAULT_SEED, categories?: readonly Category[]): string {
  return `${JSON.stringify(synthDataset(n, seed, categories))}\n`;
}

export function defaultSynthPath(n: number, seed: number = DEFAULT_SEED): string {
  return seed === DEFAULT_SEED ? `bench/data/synth-${n}.json` : `bench/data/synth-${n}-seed${seed}.json`;
}

/** Writes the dataset (creating the folder) and returns its path and size. */
export function writeSynth(n: number, seed: number = DEFAULT_SEED, out: string = defaultSynthPath(n, seed)): { path: string; bytes: number } {
  const text = synthJson(n, seed);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return { path: out, bytes: Buffer.byteLength(text) };
}

function main(argv: readonly string[]): void {
  const usage = 'usage: npm run data:synth -- <n> [--out file] [--seed s]';
  let n: number | undefined;
  let out: string | undefined;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i];
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      return;
    } else if (n === undefined) n = Number(arg.replace(/[_,]/g, ''));
    else throw new Error(`unexpected argument ${arg}\n${usage}`);
  }
  if (n === undefined || !Number.isInteger(n) || n < 0) throw new Error(usage);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number\n${usage}`);
  const { path, bytes } = writeSynth(n, seed, out);
  console.log(`${path}: ${n} events, seed ${seed}, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
