import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';

const scsText = readFileSync('public/data/scs.json', 'utf8');
const scs = JSON.parse(scsText) as Dataset;

function respond(body: string, status = 200) {
  return vi.fn(async () => new Response(body, { status }));
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('loads data/scs.json and shows a mark for every event', async () => {
    const fetch = respond(scsText);
    vi.stubGlobal('fetch', fetch);
    const { container } = render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The sourced timeline of China’s Social Credit System');
    await screen.findByRole('graphics-document');
    expect(fetch).toHaveBeenCalledWith('data/scs.json', expect.anything());
    const marks = container.querySelectorAll('[data-event-id]');
    expect([...marks].map((m) => m.getAttribute('data-event-id')).sort()).toEqual(scs.events.map((e) => e.id).sort());
  });

  it('names each mark with its date in words, title, category and footnotes', async () => {
    vi.stubGlobal('fetch', respond(scsText));
    vi.stubGlobal('innerHeight', 1400); // room for every lane: no event counted in a cluster badge
    render(<App />);
    const svg = await screen.findByRole('graphics-document');
    const notice = scs.events.find((e) => e.id === 'state-council-notice-1990')!;
    expect(within(svg).getByRole('graphics-symbol', { name: `26 March 1990. ${notice.title}. National policy. Footnote 45` })).toBeInTheDocument();
  });

  it('says why the data did not load, and offers a retry that works', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('gone', { status: 404 }))
      .mockResolvedValueOnce(new Response(scsText, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server answered 404 for data/scs.json.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('graphics-document');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists every problem of an invalid dataset with its path', async () => {
    const broken = structuredClone(scs);
    broken.events[3]!.start = '1990-13-01';
    vi.stubGlobal('fetch', respond(JSON.stringify(broken)));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline data has 1 problem(s) and is not shown:');
    expect(within(alert).getByText('events[3].start: "1990-13-01" is not a date')).toBeInTheDocument();
  });
});
