import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/components/SearchBox';
import { ListView } from '../../src/components/ListView';
import { useStore } from '../../src/state/store';
import { createSearchIndex } from '../../src/data/search';
import type { Dataset } from '../../src/data/schema';

const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const total = data.events.length;
// Whatever the search matches, it must include the events named after Suzhou.
const suzhouMatches = createSearchIndex(data).match('Suzhou')!;
const suzhouTitled = data.events.filter((e) => e.title.includes('Suzhou'));

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().setDataset(data);
});

const bodyRows = () => within(within(screen.getByRole('table')).getAllByRole('rowgroup')[1]!).getAllByRole('row');

function renderBoth() {
  return render(
    <>
      <SearchBox />
      <ListView />
    </>,
  );
}

describe('SearchBox', () => {
  it('narrows the list as the user types and shows the number of matches', async () => {
    expect(suzhouTitled.length).toBeGreaterThan(0);
    const user = userEvent.setup();
    renderBoth();
    const input = screen.getByRole('searchbox', { name: 'Search events, footnotes and sources' });
    expect(input).toHaveAttribute('type', 'search');

    await user.type(input, 'Suzhou');
    expect(useStore.getState().query).toBe('Suzhou');
    const ids = bodyRows().map((r) => r.getAttribute('data-event-id'));
    expect(ids).toHaveLength(suzhouMatches.size);
    expect(new Set(ids)).toEqual(new Set(suzhouMatches));
    for (const event of suzhouTitled) expect(ids).toContain(event.id);
    expect(screen.getByText(`${suzhouMatches.size} of ${total} events`)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(`${suzhouMatches.size} of ${total} events`);
  });

  it('announces the count once typing pauses, not on every keystroke', async () => {
    const user = userEvent.setup();
    renderBoth();
    await user.type(screen.getByRole('searchbox'), 'Suzhou');
    expect(useStore.getState().announcement).toBe('');
    await waitFor(() => expect(useStore.getState().announcement).toBe(`${suzhouMatches.size} of ${total} events`), {
      timeout: 1500,
    });
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderBoth();
    await user.type(screen.getByRole('searchbox'), 'zzqxj-no-such-thing');
    expect(screen.getByText('No events match')).toBeInTheDocument();
  });

  it('clears with the × button, which only shows when there is text, and returns focus to the field', async () => {
    const user = userEvent.setup();
    renderBoth();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
    const input = screen.getByRole('searchbox');
    await user.type(input, 'Suzhou');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(input).toHaveValue('');
    expect(useStore.getState().query).toBe('');
    expect(input).toHaveFocus();
    expect(bodyRows()).toHaveLength(total);
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
  });

  it('clears with Esc', async () => {
    const user = userEvent.setup();
    renderBoth();
    const input = screen.getByRole('searchbox');
    await user.type(input, 'Suzhou{Escape}');
    expect(input).toHaveValue('');
    expect(useStore.getState().query).toBe('');
    expect(bodyRows()).toHaveLength(total);
  });

  it('shows a query that is already in the store', () => {
    useStore.getState().setQuery('Suzhou');
    renderBoth();
    expect(screen.getByRole('searchbox')).toHaveValue('Suzhou');
    expect(bodyRows()).toHaveLength(suzhouMatches.size);
  });

  it('says so when search’s code could not be fetched (offline), instead of a count of every event', () => {
    useStore.setState({ query: 'Suzhou', search: null, searchFailed: true });
    render(<SearchBox />);
    expect(screen.getByText(/could not be loaded/)).toBeInTheDocument();
    expect(screen.queryByText(/of \d+ events/)).toBeNull();
  });
});
