import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/state/store';
import { selectVisibleEvents } from '../../src/state/selectors';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const visibleIds = () => selectVisibleEvents(useStore.getState()).map((e) => e.id);
// 处处受限 is only in the Chinese texts, so only pinyin search finds "chuchushouxian".
const QUERY = 'chuchushouxian';

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().setDataset(scs);
});

describe('pinyin search in the store', () => {
  it('setQuery loads the pinyin table; until it arrives the search works without pinyin', async () => {
    expect(useStore.getState().pinyin).toBeNull();
    useStore.getState().setQuery(QUERY);
    expect(useStore.getState().pinyin).toBeNull();
    expect(visibleIds()).toEqual([]);
    await vi.waitFor(() => expect(useStore.getState().pinyin).not.toBeNull());
    expect(visibleIds()).toEqual(expect.arrayContaining(['once-untrustworthy-guideline-2018', 'shen-kui-critique-2019']));
  });

  it('a query set without setQuery (a link\'s q=) loads it when the events are selected', async () => {
    useStore.setState({ query: QUERY });
    expect(visibleIds()).toEqual([]);
    await vi.waitFor(() => expect(useStore.getState().pinyin).not.toBeNull());
    expect(visibleIds()).toContain('once-untrustworthy-guideline-2018');
  });

  it('a blank query loads nothing', () => {
    useStore.getState().setQuery('   ');
    expect(visibleIds()).toHaveLength(scs.events.length);
    expect(useStore.getState().pinyin).toBeNull();
  });

  it('keeps the same visible array when pinyin arrives and changes nothing', async () => {
    useStore.getState().setQuery('Suzhou');
    const before = selectVisibleEvents(useStore.getState());
    await vi.waitFor(() => expect(useStore.getState().pinyin).not.toBeNull());
    expect(selectVisibleEvents(useStore.getState())).toBe(before);
  });
});
