import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';
import { TourPicker } from '../../src/modes/presentation/TourPicker';
import { PresentationView } from '../../src/modes/presentation/PresentationView';
import { tourEventIds } from '../../src/modes/presentation/tours';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const six = scs.tours!.find((t) => t.id === 'six-milestones')!;
const sixIds = tourEventIds(six);

beforeEach(() => useStore.setState({ ...useStore.getInitialState(), dataset: scs, status: 'ready' }, true));

const picker = () => screen.getByRole('combobox', { name: 'Present a tour' });

describe('the tour picker', () => {
  it('offers all events and every tour of the dataset', () => {
    render(<TourPicker />);
    expect(within(picker()).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tour: all events', ...scs.tours!.map((t) => t.title)]);
    expect(picker()).toHaveValue('');
  });

  it('presents the chosen tour from its first step', async () => {
    const user = userEvent.setup();
    render(<TourPicker />);
    await user.selectOptions(picker(), 'The six milestones');
    const state = useStore.getState();
    expect(state.tour).toEqual(sixIds);
    expect(state.selectedId).toBe(sixIds[0]);
    expect(state.mode).toBe('present');
    expect(picker()).toHaveValue('six-milestones');
  });

  it('goes back to all the events, clearing the tour', async () => {
    const user = userEvent.setup();
    useStore.setState({ tour: sixIds, selectedId: sixIds[2], mode: 'present' });
    render(<TourPicker />);
    await user.selectOptions(picker(), 'Tour: all events');
    expect(useStore.getState().tour).toBeNull();
    expect(useStore.getState().selectedId).toBe(sixIds[2]);
    expect(useStore.getState().mode).toBe('present');
  });

  it('names a tour link that is no data tour', () => {
    useStore.setState({ tour: [sixIds[1]!, sixIds[0]!] });
    render(<TourPicker />);
    expect(picker()).toHaveDisplayValue('Tour from a link (2 events)');
  });

  it('is absent when the dataset has no tours', () => {
    useStore.setState({ dataset: { ...scs, tours: undefined } });
    const { container } = render(<TourPicker />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('a data tour in presentation mode', () => {
  it('shows the tour title and each step’s caption with the event summary', async () => {
    const user = userEvent.setup();
    useStore.setState({ tour: sixIds, selectedId: sixIds[0], mode: 'present' });
    render(<PresentationView dataset={scs} />);
    expect(screen.getByText('Tour: The six milestones')).toBeInTheDocument();
    expect(screen.getByText('1 / 6')).toBeInTheDocument();
    const slide = () => document.querySelector<HTMLElement>('article.slide')!;
    for (const [i, step] of six.steps.entries()) {
      expect(slide().querySelector('.slide-caption')).toHaveTextContent(step.caption);
      expect(slide()).toHaveTextContent(scs.events.find((e) => e.id === step.event)!.summary);
      expect(screen.getByText(`${i + 1} / 6`)).toBeInTheDocument();
      await user.keyboard('{ArrowRight}');
    }
    expect(picker()).toHaveValue('six-milestones');
  });

  it('shows no caption for a tour link that is no data tour', () => {
    useStore.setState({ tour: sixIds.slice(0, 3), selectedId: sixIds[0], mode: 'present' });
    render(<PresentationView dataset={scs} />);
    expect(document.querySelector('.slide-caption')).toBeNull();
    expect(screen.queryByText(/^Tour: The/)).toBeNull();
  });

  it('switches tours from the top bar, starting at the first step', async () => {
    const user = userEvent.setup();
    useStore.setState({ tour: sixIds, selectedId: sixIds[3], mode: 'present' });
    render(<PresentationView dataset={scs} />);
    await user.selectOptions(picker(), 'How the West saw it');
    const west = scs.tours!.find((t) => t.id === 'how-the-west-saw-it')!;
    expect(useStore.getState().tour).toEqual(tourEventIds(west));
    expect(useStore.getState().selectedId).toBe(west.steps[0]!.event);
    expect(document.querySelector('.slide-caption')).toHaveTextContent(west.steps[0]!.caption);
    expect(screen.getByText(`1 / ${west.steps.length}`)).toBeInTheDocument();
  });
});
