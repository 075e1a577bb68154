import { describe, expect, it } from 'vitest';
import { eventsExtent, timelineBounds } from '../../src/timeline/bounds';
import type { Dataset } from '../../src/data/schema';

const base = { source: { title: 'T' }, categories: [{ id: 'c', label: 'C', description: '' }], footnotes: [], references: [] };
const event = (id: string, start: string, end?: string) => ({ id, title: id, start, ...(end ? { end } : {}), category: 'c', summary: '', footnotes: [] });
const dataset = (events: ReturnType<typeof event>[], eras: { id: string; label: string; start: string; end: string }[] = []) =>
  ({ ...base, events, eras }) as unknown as Dataset;
const utc = (y: number) => Date.UTC(y, 0, 1);

describe('eventsExtent and timelineBounds', () => {
  it('spans the events in whole years, and pads the bounds by 3 % on each side', () => {
    const data = dataset([event('a', '1990-05-01'), event('b', '1999-02', '2001')]);
    expect(eventsExtent(data)?.map((d) => d.getTime())).toEqual([utc(1990), utc(2002)]);
    const pad = (utc(2002) - utc(1990)) * 0.03;
    expect(timelineBounds(data)).toEqual({ from: utc(1990) - pad, to: utc(2002) + pad });
  });

  it('widens the bounds, not the events’ years, for an era outside the events', () => {
    const data = dataset([event('a', '1990'), event('b', '2000')], [{ id: 'e', label: 'E', start: '1980', end: '1985' }]);
    expect(eventsExtent(data)?.map((d) => d.getUTCFullYear())).toEqual([1990, 2001]);
    const pad = (utc(2001) - utc(1980)) * 0.03;
    expect(timelineBounds(data)).toEqual({ from: utc(1980) - pad, to: utc(2001) + pad });
  });

  it('spans one event’s whole year, and a year centred on 2000 with nothing dated', () => {
    const year = 365.25 * 24 * 60 * 60 * 1000;
    const one = timelineBounds(dataset([event('a', '2010-03-04')]));
    const pad = (utc(2011) - utc(2010)) * 0.03;
    expect(one).toEqual({ from: utc(2010) - pad, to: utc(2011) + pad });
    expect(eventsExtent(dataset([]))).toBeNull();
    expect(timelineBounds(dataset([]))).toEqual({ from: utc(2000) - year / 2, to: utc(2000) + year / 2 });
  });
});
