import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleTime, type TimeScale } from '../../src/timeline/timeScale';
import { computeTicks, formatTickDate, type AxisTicks, type Tick } from '../../src/timeline/ticks';
import { createTimeScale } from '../../src/timeline/scale';
import { estimateTextWidth } from '../../src/timeline/textWidth';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const FONT = 13;
const GAP = 12;

/** Midnight UTC of a calendar day, years 0–99 and negative years included. */
function utc(year: number, month = 1, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function scale(from: Date, to: Date, width: number): TimeScale {
  return scaleTime([from, to], [24, width - 24]);
}

const labels = (ticks: readonly Tick[]): string[] => ticks.map((t) => t.label);

/** Primary labels are centred on their tick; context labels start at it. */
function overlaps(axis: AxisTicks, fontSize = FONT, minGap = GAP): string[] {
  const found: string[] = [];
  const width = (t: Tick) => estimateTextWidth(t.label, fontSize);
  for (let i = 1; i < axis.ticks.length; i++) {
    const a = axis.ticks[i - 1]!;
    const b = axis.ticks[i]!;
    if (a.x + width(a) / 2 + minGap > b.x - width(b) / 2 + 1e-6) found.push(`${a.label}|${b.label}`);
  }
  for (let i = 1; i < axis.context.length; i++) {
    const a = axis.context[i - 1]!;
    const b = axis.context[i]!;
    if (a.x + width(a) + minGap > b.x + 1e-6) found.push(`${a.label}|${b.label}`);
  }
  return found;
}

describe('computeTicks', () => {
  it('labels a 40-year window over 1200px with every other year, the decades major', () => {
    const axis = computeTicks(createTimeScale([utc(1985), utc(2025)], 1200));
    expect(axis.level).toBe('year');
    expect(labels(axis.ticks)).toEqual(Array.from({ length: 20 }, (_, i) => String(1986 + 2 * i)));
    expect(axis.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(axis.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1990', '2000', '2010', '2020']);
    expect(axis.ticks[0]!.value).toEqual(utc(1986));
    expect(axis.context).toEqual([]);
    expect(overlaps(axis)).toEqual([]);
  });

  it('falls back to decades when years do not fit, and to single years when they do', () => {
    const narrow = computeTicks(scale(utc(1985), utc(2025), 300));
    expect(narrow.level).toBe('decade');
    expect(labels(narrow.ticks)).toEqual(['1990', '2000', '2010', '2020']);
    expect(overlaps(narrow)).toEqual([]);

    const wide = computeTicks(scale(utc(1985), utc(2025), 2000));
    expect(wide.level).toBe('year');
    expect(labels(wide.ticks)).toEqual(Array.from({ length: 41 }, (_, i) => String(1985 + i)));
    expect(overlaps(wide)).toEqual([]);
  });

  it('shows months with a year context row at a two-year window', () => {
    const s = scale(utc(1990, 3, 10), utc(1992, 3, 10), 1200);
    const axis = computeTicks(s);
    expect(axis.level).toBe('month');
    expect(labels(axis.ticks).slice(0, 11)).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb']);
    expect(axis.ticks).toHaveLength(24);
    expect(axis.ticks.filter((t) => t.major).map((t) => t.value)).toEqual([utc(1991), utc(1992)]);
    // The year in view at the left edge, then each year start.
    expect(axis.context.map((t) => [t.label, t.x, t.major])).toEqual([
      ['1990', 24, false],
      ['1991', s(utc(1991)), true],
      ['1992', s(utc(1992)), true],
    ]);
    expect(overlaps(axis)).toEqual([]);
  });

  it('gives one left-edge year when no year start is in view at month level', () => {
    const axis = computeTicks(scale(utc(1995, 2, 15), utc(1995, 11, 20), 400));
    expect(axis.level).toBe('month');
    expect(labels(axis.ticks)).toEqual(['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
    expect(axis.context.map((t) => [t.label, t.x])).toEqual([['1995', 24]]);
  });

  it('shows days with a "March 1990" context row at a three-week window', () => {
    const axis = computeTicks(scale(utc(1990, 3, 10), utc(1990, 3, 31), 1200));
    expect(axis.level).toBe('day');
    expect(labels(axis.ticks)).toEqual(Array.from({ length: 22 }, (_, i) => String(10 + i)));
    expect(axis.ticks.find((t) => t.label === '26')!.value).toEqual(utc(1990, 3, 26));
    expect(axis.context.map((t) => [t.label, t.x])).toEqual([['March 1990', 24]]);
    expect(overlaps(axis)).toEqual([]);
  });

  it('marks month starts major at day level and labels them in the context row', () => {
    const s = scale(utc(1990, 3, 20), utc(1990, 4, 10), 1200);
    const axis = computeTicks(s);
    expect(axis.level).toBe('day');
    expect(axis.ticks.filter((t) => t.major).map((t) => t.value)).toEqual([utc(1990, 4, 1)]);
    expect(axis.context.map((t) => [t.label, t.x, t.major])).toEqual([
      ['March 1990', 24, false],
      ['April 1990', s(utc(1990, 4, 1)), true],
    ]);
  });

  it('steps days weekly from the 1st of each month, never crowding the next 1st', () => {
    const axis = computeTicks(scale(utc(1990, 1, 1), utc(1990, 4, 1), 800));
    expect(axis.level).toBe('day');
    expect(labels(axis.ticks)).toEqual(['1', '8', '15', '22', '1', '8', '15', '22', '1', '8', '15', '22', '1']);
    expect(overlaps(axis)).toEqual([]);
  });

  it('thins and shortens the month context when full month names would collide', () => {
    const axis = computeTicks(scale(utc(1990, 1, 1), utc(1990, 7, 1), 400));
    expect(axis.level).toBe('day');
    expect(labels(axis.ticks).slice(0, 3)).toEqual(['1', '15', '1']);
    expect(labels(axis.context)).toEqual(['Jan 1990', 'Mar 1990', 'May 1990', 'Jul 1990']);
    expect(overlaps(axis)).toEqual([]);
  });

  it('never shows year zero or a negative year when the domain starts before year 1', () => {
    const axis = computeTicks(scale(utc(-50), utc(30), 800));
    expect(labels(axis.ticks)).toEqual(['5', '10', '15', '20', '25', '30']);
    expect(axis.ticks.every((t) => t.value.getUTCFullYear() >= 1)).toBe(true);

    const months = computeTicks(scale(utc(-1, 7), utc(1, 7), 1200));
    expect(months.level).toBe('month');
    expect(months.ticks[0]!.value).toEqual(utc(1, 1, 1));
    expect(labels(months.context)).toEqual(['1']);
    expect([...months.ticks, ...months.context].every((t) => t.value.getUTCFullYear() >= 1)).toBe(true);

    const before = computeTicks(scale(utc(-300), utc(-100), 800));
    expect(before.ticks).toEqual([]);
    expect(before.context).toEqual([]);
  });

  it('keeps ticks inside the bounds the caller gives', () => {
    const axis = computeTicks(scale(utc(1950), utc(2050), 1200), { bounds: [utc(1979, 6, 1), utc(2031)] });
    expect(axis.level).toBe('year');
    expect(labels(axis.ticks)[0]).toBe('1980');
    expect(labels(axis.ticks).at(-1)).toBe('2030');

    const day = computeTicks(scale(utc(2020, 12, 20), utc(2021, 1, 10), 1200), { bounds: [utc(2021), utc(2030)] });
    expect(labels(day.ticks)[0]).toBe('1');
    expect(day.context.map((t) => t.label)).toEqual(['January 2021']);
    expect(day.context[0]!.value).toEqual(utc(2021));
  });

  it('uses a coarser step for a larger font and gap', () => {
    const s = scale(utc(1985), utc(2025), 1200);
    const axis = computeTicks(s, { fontSize: 20, minGap: 30 });
    expect(labels(axis.ticks)).toEqual(['1985', '1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    expect(overlaps(axis, 20, 30)).toEqual([]);
  });

  it('returns no ticks for an empty domain', () => {
    const axis = computeTicks(scale(utc(2000), utc(2000), 800));
    expect(axis.ticks).toEqual([]);
    expect(axis.context).toEqual([]);
  });
});

const windowArb = fc.record({
  start: fc.integer({ min: utc(-500).getTime(), max: utc(3000).getTime() }),
  logSpan: fc.double({ min: Math.log(DAY), max: Math.log(200 * YEAR), noNaN: true }),
  width: fc.integer({ min: 200, max: 2500 }),
});

describe('computeTicks, at any window', () => {
  it('never overlaps two labels, and never leaves the domain, the bounds or the years after 0', () => {
    fc.assert(
      fc.property(
        windowArb,
        fc.option(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }))),
        fc.integer({ min: 8, max: 24 }),
        fc.integer({ min: 0, max: 40 }),
        ({ start, logSpan, width }, boundShift, fontSize, minGap) => {
          const end = start + Math.round(Math.exp(logSpan));
          const s = scale(new Date(start), new Date(end), width);
          const span = end - start;
          const bounds = boundShift
            ? ([start + (span * Math.min(...boundShift)) / 100, end + (span * Math.max(...boundShift)) / 100].map(
                (t) => new Date(t),
              ) as [Date, Date])
            : undefined;
          const axis = computeTicks(s, bounds ? { bounds, fontSize, minGap } : { fontSize, minGap });
          const problems = overlaps(axis, fontSize, minGap);
          if (axis.ticks.length > 300) problems.push(`${axis.ticks.length} ticks`);
          for (const t of [...axis.ticks, ...axis.context]) {
            const time = t.value.getTime();
            if (time < start || time > end) problems.push(`${t.label} outside the domain`);
            if (bounds && (time < bounds[0].getTime() || time > bounds[1].getTime())) problems.push(`${t.label} outside the bounds`);
            if (t.value.getUTCFullYear() < 1 || /^-|^0/.test(t.label)) problems.push(`${t.label} before year 1`);
            if (Math.abs(t.x - s(t.value)) > 1e-6) problems.push(`${t.label} misplaced`);
          }
          for (let i = 1; i < axis.ticks.length; i++) if (axis.ticks[i]!.x <= axis.ticks[i - 1]!.x) problems.push('out of order');
          if ((axis.level === 'decade' || axis.level === 'year') && axis.context.length > 0) problems.push('context at year level');
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.TICKS_RUNS ?? 400) },
    );
  }, 60_000);

  it('keeps each tick and its label when panning by a fraction of the window', () => {
    fc.assert(
      fc.property(windowArb, fc.double({ min: -0.9, max: 0.9, noNaN: true }), ({ start, logSpan, width }, fraction) => {
        const s0 = Math.max(start, utc(1).getTime());
        const span = Math.round(Math.exp(logSpan));
        const shift = Math.round(span * fraction);
        const a = computeTicks(scale(new Date(s0), new Date(s0 + span), width));
        const b = computeTicks(scale(new Date(s0 + shift), new Date(s0 + shift + span), width));
        expect(b.level).toBe(a.level);
        // Both windows hold exactly the same ticks where they overlap, with the same labels.
        const lo = Math.max(s0, s0 + shift);
        const hi = Math.min(s0 + span, s0 + shift + span);
        const inOverlap = (axis: AxisTicks) =>
          axis.ticks
            .filter((t) => t.value.getTime() >= lo && t.value.getTime() <= hi)
            .map((t) => [t.value.getTime(), t.label, t.major]);
        expect(inOverlap(b)).toEqual(inOverlap(a));
      }),
      { numRuns: Number(process.env.TICKS_RUNS ?? 300) },
    );
  }, 60_000);
});

describe('computeTicks in Chinese (lang: "zh")', () => {
  it('labels years, months and days the Chinese way, with a context row', () => {
    const years = computeTicks(createTimeScale([utc(1985), utc(2025)], 1200), { lang: 'zh' });
    expect(years.ticks.every((t) => /^\d{4}年$/.test(t.label))).toBe(true);
    expect(overlaps(years)).toEqual([]);

    const months = computeTicks(scale(utc(1990, 3, 10), utc(1992, 3, 10), 1200), { lang: 'zh' });
    expect(months.level).toBe('month');
    expect(labels(months.ticks).slice(0, 3)).toEqual(['4月', '5月', '6月']);
    expect(labels(months.context)).toEqual(['1990年', '1991年', '1992年']);
    expect(overlaps(months)).toEqual([]);

    const days = computeTicks(scale(utc(1990, 3, 10), utc(1990, 3, 31), 1200), { lang: 'zh' });
    expect(days.level).toBe('day');
    expect(labels(days.ticks)[0]).toBe('10日');
    expect(labels(days.context)).toEqual(['1990年3月']);
    expect(overlaps(days)).toEqual([]);
  });

  it('never overlaps two Chinese labels (full-width characters a full em)', () => {
    fc.assert(
      fc.property(windowArb, fc.integer({ min: 8, max: 24 }), fc.integer({ min: 0, max: 40 }), ({ start, logSpan, width }, fontSize, minGap) => {
        const s = scale(new Date(start), new Date(start + Math.round(Math.exp(logSpan))), width);
        expect(overlaps(computeTicks(s, { fontSize, minGap, lang: 'zh' }), fontSize, minGap)).toEqual([]);
      }),
      { numRuns: Number(process.env.TICKS_RUNS ?? 200) },
    );
  }, 60_000);

  it('labels the overview strips at the precision of each tick', () => {
    expect(formatTickDate(utc(1990), 'zh')).toBe('1990年');
    expect(formatTickDate(utc(1990, 6), 'zh')).toBe('6月');
    expect(formatTickDate(utc(1990, 6, 14), 'zh')).toBe('6月14日');
    expect(formatTickDate(utc(1990, 6, 14), 'en')).toBe('14 Jun');
  });
});
