import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32, scsCategories, synthDataset, synthJson } from '../../scripts/synth';
import { escapeHtml, toTimelineJs, toVisTimeline } from '../../scripts/bench-convert';
import { validateDataset } from '../../src/data/validate';
import { parseDate } from '../../src/data/dates';

describe('synthDataset(n, seed)', () => {
  const dataset = synthDataset(2000, 7);

  it('validates with zero problems', () => {
    const { problems } = validateDataset(JSON.parse(synthJson(2000, 7)));
    expect(problems).toEqual([]);
  });

  it('has exactly n events, with unique ids', () => {
    expect(dataset.events).toHaveLength(2000);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(2000);
    expect(synthDataset(0).events).toEqual([]);
    expect(synthDataset(1).events).toHaveLength(1);
  });

  it('has points and ranges, about 70 % points', () => {
    const ranges = dataset.events.filter((e) => e.end !== undefined).length;
    expect(ranges / 2000).toBeGreaterThan(0.2);
    expect(ranges / 2000).toBeLessThan(0.4);
  });

  it('uses every category of the SCS dataset', () => {
    const categories = scsCategories();
    expect(dataset.categories.map((c) => c.id)).toEqual(categories.map((c) => c.id));
    expect(new Set(dataset.events.map((e) => e.category))).toEqual(new Set(categories.map((c) => c.id)));
  });

  it('has dates at day, month and year precision between 1980 and 2025', () => {
    const dates = dataset.events.flatMap((e) => [e.start, ...(e.end ? [e.end] : [])]).map((iso) => parseDate(iso)!);
    expect(new Set(dates.map((d) => d.precision))).toEqual(new Set(['day', 'month', 'year']));
    expect(Math.min(...dates.map((d) => d.year))).toBeGreaterThanOrEqual(1980);
    expect(Math.max(...dates.map((d) => d.year))).toBeLessThanOrEqual(2025);
  });

  it('has titles of 30 to 90 characters and footnotes that cite references', () => {
    for (const event of dataset.events) {
      expect(event.title.length).toBeGreaterThanOrEqual(30);
      expect(event.title.length).toBeLessThanOrEqual(90);
    }
    expect(dataset.events.some((e) => e.footnotes.length > 0)).toBe(true);
    expect(dataset.footnotes.every((f) => f.refs.length > 0)).toBe(true);
  });

  it('is deterministic: the same n and seed give the same bytes, another seed other bytes', () => {
    expect(synthJson(500, 3)).toBe(synthJson(500, 3));
    expect(synthJson(500, 4)).not.toBe(synthJson(500, 3));
  });

  it('mulberry32(seed) repeats its sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 5 }, () => a());
    expect(values).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('npm run data:synth', { timeout: 60_000 }, () => {
  it('writes the file it names, byte-identical to synthJson', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'synth-')), 'synth.json');
    const result = spawnSync('npx', ['tsx', 'scripts/synth.ts', '300', '--seed', '5', '--out', out], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${out}: 300 events, seed 5`);
    expect(readFileSync(out, 'utf8')).toBe(synthJson(300, 5));
  });
});

describe('the benchmark converts the synthetic data for its peers the same way', () => {
  const dataset = synthDataset(300, 2);

  it('toVisTimeline(dataset): one item per event, a point or a range over what its dates cover', () => {
    const { items, groups } = toVisTimeline(dataset);
    expect(items).toHaveLength(300);
    expect(groups.map((g) => g.id)).toEqual(dataset.categories.map((c) => c.id));
    dataset.events.forEach((event, i) => {
      const item = items[i]!;
      expect(item.type).toBe(event.end === undefined ? 'point' : 'range');
      expect(item.group).toBe(event.category);
      if (item.end !== undefined) expect(item.end).toBeGreaterThan(item.start);
    });
    const dayPrecise = dataset.events.findIndex((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.start));
    expect(items[dayPrecise]!.start).toBe(Date.parse(`${dataset.events[dayPrecise]!.start}T00:00:00Z`));
    const yearRange = dataset.events.findIndex((e) => e.end !== undefined && /^\d{4}$/.test(e.end));
    expect(items[yearRange]!.end).toBe(Date.UTC(Number(dataset.events[yearRange]!.end) + 1, 0, 1));
  });

  it('toTimelineJs(dataset): one slide per event with its dates at their own precision', () => {
    const { events } = toTimelineJs(dataset);
    expect(events).toHaveLength(300);
    const precise = dataset.events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.start))!;
    const slide = events.find((e) => e.unique_id === precise.id)!;
    const [year, month, day] = precise.start.split('-').map(Number);
    expect(slide.start_date).toEqual({ year, month, day });
    expect(events.filter((e) => e.end_date).length).toBe(dataset.events.filter((e) => e.end).length);
  });

  it('escapeHtml(text) escapes what both peers would read as HTML', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;');
  });
});
