import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ListView } from '../../src/components/ListView';
import { useStore } from '../../src/state/store';
import { selectEventsByDate } from '../../src/state/selectors';
import type { Dataset } from '../../src/data/schema';

const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const notice = data.events.find((e) => e.id === 'state-council-notice-1990')!;

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().setDataset(data);
});

function bodyRows() {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!).getAllByRole('row');
}

const rowIds = () => bodyRows().map((row) => row.getAttribute('data-event-id'));

describe('ListView', () => {
  it('is a captioned table with one row per visible event, in date order', () => {
    render(<ListView />);
    const table = screen.getByRole('table', { name: new RegExp(`${data.events.length} of ${data.events.length}`) });
    expect(table.querySelector('caption')).not.toBeNull();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      expect.stringContaining('Date'),
      'Title',
      'Category',
      'Footnotes',
    ]);
    expect(rowIds()).toEqual(selectEventsByDate(useStore.getState()).map((e) => e.id));
  });

  it('gives the date in words, the category and the footnotes of each event', () => {
    render(<ListView />);
    const row = screen.getByRole('button', { name: notice.title }).closest('tr')!;
    expect(within(row).getByRole('cell', { name: '26 March 1990' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'National policy' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: notice.footnotes.join(', ') })).toBeInTheDocument();

    const unfootnoted = data.events.find((e) => e.footnotes.length === 0 && e.section)!;
    const other = screen.getByRole('button', { name: unfootnoted.title }).closest('tr')!;
    expect(within(other).getByRole('cell', { name: `section ${unfootnoted.section}` })).toBeInTheDocument();

    const approximate = data.events.find((e) => e.approximate)!;
    const approxRow = screen.getByRole('button', { name: approximate.title }).closest('tr')!;
    expect(within(approxRow).getAllByRole('cell')[0]).toHaveTextContent(/^about /);
  });

  it('sorts by date both ways from the Date header, with aria-sort', async () => {
    const user = userEvent.setup();
    render(<ListView />);
    const ascending = rowIds();
    const header = screen.getByRole('columnheader', { name: /Date/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(header).getByRole('button', { name: /Date/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds()).toEqual([...ascending].reverse());
    expect(screen.getByRole('table')).toHaveAccessibleName(/newest first/);
    expect(useStore.getState().announcement).toBe('Sorted by date, newest first');

    await user.click(within(header).getByRole('button', { name: /Date/ }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(rowIds()).toEqual(ascending);
  });

  it('selects an event from its title and marks its row', async () => {
    const user = userEvent.setup();
    render(<ListView />);
    await user.click(screen.getByRole('button', { name: notice.title }));
    expect(useStore.getState().selectedId).toBe(notice.id);
    const row = screen.getByRole('button', { name: notice.title }).closest('tr')!;
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row).toHaveClass('is-selected');
    expect(bodyRows().filter((r) => r.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('shows only the categories that are not hidden, and says so when nothing is left', () => {
    useStore.getState().toggleCategory('national-policy');
    render(<ListView />);
    const expected = data.events.filter((e) => e.category !== 'national-policy').length;
    expect(bodyRows()).toHaveLength(expected);
    expect(screen.queryByRole('button', { name: notice.title })).not.toBeInTheDocument();

    act(() => useStore.getState().setHiddenCategories(data.categories.map((c) => c.id)));
    expect(screen.getByText('No events to show. Show all categories or clear the search.')).toBeInTheDocument();
  });

  it('treats titles as text, never as HTML', () => {
    const tricky = structuredClone(data);
    tricky.events[0]!.title = '<img src=x onerror=alert(1)> <b>bold</b>';
    useStore.getState().setDataset(tricky);
    const { container } = render(<ListView />);
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)> <b>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });
});
