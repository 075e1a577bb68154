import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/state/store';
import { startUp, startUpSettled } from '../../src/state/startup';

const scsText = readFileSync('public/data/scs.json', 'utf8');

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('startUp', () => {
  it('loads the built-in data once however often it is asked, and says when it has settled', async () => {
    const fetch = vi.fn(async () => new Response(scsText, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const first = startUp('');
    expect(startUp('')).toBe(first);
    expect(startUpSettled()).toBe(false);
    await first.settled;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(useStore.getState().status).toBe('ready');
    expect(startUpSettled()).toBe(true);
  });

  it('then imports a ?data= link, after the built-in data', async () => {
    const other = JSON.parse(scsText) as { source: { title: string } };
    other.source.title = 'Another timeline';
    const fetch = vi.fn(async (url: string) => new Response(url === 'data/scs.json' ? scsText : JSON.stringify(other), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await startUp('?data=https%3A%2F%2Fexample.org%2Fother.json').settled;
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['data/scs.json', 'https://example.org/other.json']);
    expect(useStore.getState().dataset?.source.title).toBe('Another timeline');
  });

  it('starts nothing for a store that already has its data', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    useStore.setState({ status: 'ready' });
    await startUp('').settled;
    expect(fetch).not.toHaveBeenCalled();
  });
});
