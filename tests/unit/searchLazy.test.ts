/**
 * Search's matcher is a chunk of its own (searchSlice.ts). These tests load
 * the store afresh, with that chunk on its way or unreachable, which the other
 * tests never see (tests/setup.ts loads it first).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

async function freshStore() {
  vi.resetModules();
  const { useStore } = await import('../../src/state/store');
  const { selectVisibleEvents } = await import('../../src/state/selectors');
  useStore.getState().setDataset(scs);
  return { useStore, visible: () => selectVisibleEvents(useStore.getState()).length };
}

afterEach(() => {
  vi.doUnmock('../../src/data/search');
  vi.resetModules();
});

describe('search before its matcher has arrived', () => {
  it('filters nothing until the matcher arrives, then matches (the first query fetches it)', async () => {
    const { useStore, visible } = await freshStore();
    expect(useStore.getState().search).toBeNull();
    useStore.getState().setQuery('Suzhou');
    expect(visible()).toBe(scs.events.length);
    await vi.waitFor(() => expect(useStore.getState().search).not.toBeNull());
    expect(visible()).toBeGreaterThan(0);
    expect(visible()).toBeLessThan(scs.events.length);
  });

  it('says the matcher could not be fetched (offline), and asks again at the next query', async () => {
    vi.doMock('../../src/data/search', () => {
      throw new Error('offline');
    });
    const { useStore } = await freshStore();
    useStore.getState().setQuery('Suzhou');
    await vi.waitFor(() => expect(useStore.getState().searchFailed).toBe(true));
    vi.doUnmock('../../src/data/search');
    useStore.getState().setQuery('Suzhou pilot');
    await vi.waitFor(() => expect(useStore.getState().search).not.toBeNull());
    expect(useStore.getState().searchFailed).toBe(false);
  });
});
