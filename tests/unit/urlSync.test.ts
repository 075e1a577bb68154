import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedOnly, fromUrlState, startUrlSync, toUrlState } from '../../src/state/urlSync';
import { decodeUrlState, encodeUrlState } from '../../src/state/urlState';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('toUrlState and fromUrlState', () => {
  it('round-trips a view with a day-aligned window, hidden categories, a query, a tour and presentation', () => {
    const state = {
      selectedId: 'state-council-notice-1990',
      selectedWork: null,
      window: { from: day('1985-01-01'), to: day('1996-01-01') },
      hiddenCategories: ['controversy'],
      query: 'triangular',
      view: 'list' as const,
      literature: true,
      groupBy: 'section' as const,
      mode: 'present' as const,
      tour: ['trustworthiness-pilots-1984', 'state-council-notice-1990'],
    };
    const url = toUrlState(state, scs);
    expect(url).toMatchObject({ event: 'state-council-notice-1990', from: '1985-01-01', to: '1995-12-31', q: 'triangular', view: 'list', lane: 'literature', group: 'section', mode: 'present' });
    expect(url.cat).toEqual(scs.categories.map((c) => c.id).filter((id) => id !== 'controversy'));
    expect(fromUrlState(decodeUrlState(encodeUrlState(url)), scs)).toEqual(state);
  });

  it('keeps a selected work when no event is selected, and drops a work the dataset does not cite', () => {
    const url = toUrlState({ ...fromUrlState({}, scs), selectedWork: 'creemers-2018' }, scs);
    expect(encodeUrlState(url)).toBe('work=creemers-2018');
    expect(fromUrlState(decodeUrlState('work=creemers-2018&lane=literature'), scs)).toMatchObject({ selectedWork: 'creemers-2018', selectedId: null, literature: true, groupBy: 'category' });
    expect(fromUrlState(decodeUrlState('work=no-such-work'), scs).selectedWork).toBeNull();
    // An event and a work in one link: the event wins, as in the store (one selection at a time).
    expect(fromUrlState(decodeUrlState('event=state-council-notice-1990&work=creemers-2018'), scs)).toMatchObject({ selectedId: 'state-council-notice-1990', selectedWork: null });
  });

  it('drops what the dataset does not have and clamps the window to the data', () => {
    const state = fromUrlState({ event: 'no-such-event', tour: ['nope', 'state-council-notice-1990'], from: '1900', to: '1909', cat: ['nope'] }, scs);
    expect(state.selectedId).toBeNull();
    expect(state.tour).toEqual(['state-council-notice-1990']);
    expect(state.window!.from).toBeGreaterThanOrEqual(Date.UTC(1976, 0, 1));
    expect(state.window!.to - state.window!.from).toBe(Date.UTC(1910, 0, 1) - Date.UTC(1900, 0, 1));
    expect(state.hiddenCategories).toEqual(scs.categories.map((c) => c.id));
  });
});

describe('changedOnly', () => {
  it('keeps only the keys whose values differ, comparing lists and windows by their parts', () => {
    const current = { a: 1, list: ['x', 'y'], window: { from: 1, to: 2 }, none: null as string[] | null };
    expect(changedOnly(current, { a: 1, list: ['x', 'y'], window: { from: 1, to: 2 }, none: null })).toEqual({});
    expect(changedOnly(current, { a: 2, list: ['x'], window: { from: 1, to: 3 }, none: ['z'] })).toEqual({ a: 2, list: ['x'], window: { from: 1, to: 3 }, none: ['z'] });
    expect(changedOnly(current, { a: 1, list: ['y', 'x'], window: null as unknown as { from: number; to: number }, none: null })).toEqual({ list: ['y', 'x'], window: null });
  });
});

describe('startUrlSync', () => {
  beforeEach(() => {
    useStore.setState(useStore.getInitialState(), true);
    useStore.getState().setDataset(scs);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('reads the hash, pushes a history entry per selection and replaces it for the view, debounced', () => {
    window.history.replaceState(null, '', '/#event=state-council-notice-1990&q=credit');
    const stop = startUrlSync(useStore, window, 300);
    expect(useStore.getState().selectedId).toBe('state-council-notice-1990');
    expect(useStore.getState().query).toBe('credit');

    const length = window.history.length;
    useStore.getState().selectEvent('trustworthiness-pilots-1984');
    expect(window.location.hash).toBe('#event=trustworthiness-pilots-1984&q=credit');
    expect(window.history.length).toBe(length + 1);

    useStore.getState().setQuery('pilot');
    expect(window.location.hash).toContain('q=credit');
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#event=trustworthiness-pilots-1984&q=pilot');
    expect(window.history.length).toBe(length + 1);

    window.history.replaceState(null, '', '/#event=state-council-notice-1990');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().selectedId).toBe('state-council-notice-1990');
    expect(useStore.getState().query).toBe('');
    stop();
  });

  it('leaves the store alone when the address says what it already shows (no re-render on a fresh page)', () => {
    window.history.replaceState(null, '', '/');
    const before = useStore.getState();
    const stop = startUrlSync(useStore, window);
    expect(useStore.getState()).toBe(before);
    // A link changes only what it names; the rest keeps its identity (memoised layouts stay valid).
    window.history.replaceState(null, '', '/#q=credit');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().query).toBe('credit');
    expect(useStore.getState().hiddenCategories).toBe(before.hiddenCategories);
    stop();
  });

  it('rewrites a hash with nonsense in it to the view it shows', () => {
    window.history.replaceState(null, '', '/#event=nope&from=banana&view=gallery&zzz=1');
    const stop = startUrlSync(useStore, window);
    expect(window.location.hash).toBe('');
    expect(useStore.getState().selectedId).toBeNull();
    stop();
  });
});
