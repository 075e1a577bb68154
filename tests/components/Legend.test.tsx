import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Legend } from '../../src/components/Legend';
import { ListView } from '../../src/components/ListView';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';

const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const countOf = (category: string) => data.events.filter((e) => e.category === category).length;
const national = data.categories.find((c) => c.id === 'national-policy')!;

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().setDataset(data);
});

const bodyRows = () => within(within(screen.getByRole('table')).getAllByRole('rowgroup')[1]!).getAllByRole('row');

describe('Legend', () => {
  it('has one pressed toggle per category, with its label and number of events', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Categories' });
    for (const category of data.categories) {
      const button = within(legend).getByRole('button', { name: `${category.label} ${countOf(category.id)} ${countOf(category.id) === 1 ? 'event' : 'events'}` });
      expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(button).toHaveTextContent(`${category.label} ${countOf(category.id)}`);
      expect(button.querySelector('svg.category-symbol')).not.toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
  });

  it('hides a category’s rows in the list, announces it, and shows them again', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Legend />
        <ListView />
      </>,
    );
    const toggle = screen.getByRole('button', { name: new RegExp(`^${national.label} \\d`) });
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveClass('is-off');
    expect(useStore.getState().hiddenCategories).toEqual([national.id]);
    const remaining = data.events.length - countOf(national.id);
    expect(bodyRows()).toHaveLength(remaining);
    expect(bodyRows().map((r) => r.getAttribute('data-event-id'))).not.toContain('state-council-notice-1990');
    expect(useStore.getState().announcement).toBe(
      `Showing ${data.categories.length - 1} of ${data.categories.length} categories, ${remaining} events`,
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(bodyRows()).toHaveLength(data.events.length);
  });

  it('offers "Show all" while something is hidden, and keeps focus in the legend', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    const [first, second] = data.categories;
    await user.click(screen.getByRole('button', { name: new RegExp(`^${first!.label} \\d`) }));
    await user.click(screen.getByRole('button', { name: new RegExp(`^${second!.label} \\d`) }));
    expect(useStore.getState().announcement).toMatch(`Showing ${data.categories.length - 2} of ${data.categories.length} categories`);

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(useStore.getState().hiddenCategories).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(data.categories.length);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: new RegExp(`^${first!.label} \\d`) }));
    expect(useStore.getState().announcement).toBe(
      `Showing ${data.categories.length} of ${data.categories.length} categories, ${data.events.length} events`,
    );
  });
});
