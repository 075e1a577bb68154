/**
 * A linear UTC time scale: the part of d3-scale's `scaleUtc` the timeline
 * uses (map, invert, domain, range, copy, ticks), computed exactly as d3 does
 * it (normalise the domain, then interpolate the range: the same numbers to
 * the last bit, a test holds it to d3's). Ticks are d3-time's `utcTicks`.
 *
 * Why not d3-scale itself: its continuous scales import every interpolator
 * (d3-interpolate, d3-color) and its time scales the whole of d3-time-format,
 * about 8 kB of the first load's gzip that a two-point linear map of
 * milliseconds never calls. d3-zoom's `transform.rescaleX` takes this scale
 * as it takes d3's (it needs only range, invert, copy and domain).
 */
import { utcTicks } from 'd3-time';

export interface TimeScale {
  /** The position of an instant (a Date or UTC milliseconds). */
  (value: Date | number): number;
  domain(): [Date, Date];
  domain(domain: readonly (Date | number)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  /** The instant at a position. */
  invert(position: number): Date;
  copy(): TimeScale;
  /** About `count` round instants (years, months, days …) inside the domain, as d3's scaleUtc().ticks(count). */
  ticks(count?: number): Date[];
}

/** d3-interpolate's interpolateNumber: `a * (1 - t) + b * t`. */
const lerp = (a: number, b: number, t: number) => a * (1 - t) + b * t;

/** d3-scale's normalize: where x lies from a (0) to b (1); 0.5 for an empty span. */
function normalize(a: number, b: number, x: number): number {
  const span = b - a;
  return span ? (x - a) / span : Number.isNaN(span) ? NaN : 0.5;
}

/** d3-scale's bimap: a two-point map from [a0, a1] to [b0, b1], computed from the lower end of the input. */
const bimap = (a0: number, a1: number, b0: number, b1: number, x: number) =>
  a1 < a0 ? lerp(b1, b0, normalize(a1, a0, x)) : lerp(b0, b1, normalize(a0, a1, x));

function pair(values: readonly (Date | number)[]): [number, number] {
  if (values.length !== 2) throw new RangeError(`a time scale takes two ends, not ${values.length}`);
  return [+values[0]!, +values[1]!];
}

/** A scale from the instants `domain` to the positions `range` (two ends each; either may run backwards). */
export function scaleTime(domain: readonly (Date | number)[] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)], range: readonly number[] = [0, 1]): TimeScale {
  let [d0, d1] = pair(domain);
  let [r0, r1] = pair(range);

  const scale = ((value: Date | number) => bimap(d0, d1, r0, r1, +value)) as TimeScale;
  // Whole milliseconds, as d3 rounds them.
  scale.invert = (position) => new Date(Math.round(bimap(r0, r1, d0, d1, position)));
  scale.copy = () => scaleTime([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  scale.domain = ((values?: readonly (Date | number)[]) => {
    if (values === undefined) return [new Date(d0), new Date(d1)];
    [d0, d1] = pair(values);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((values?: readonly number[]) => {
    if (values === undefined) return [r0, r1];
    [r0, r1] = pair(values);
    return scale;
  }) as TimeScale['range'];
  return scale;
}
