import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { useStore } from '../../src/state/store';
import { selectEventsByDate } from '../../src/state/selectors';
import type { Dataset } from '../../src/data/schema';
import { PresentationView } from '../../src/modes/presentation/PresentationView';
import { PresentButton } from '../../src/modes/presentation/PresentButton';
import { sourceLine, sourceLineText } from '../../src/modes/presentation/sequence';

const scsText = readFileSync('public/data/scs.json', 'utf8');
const scs = JSON.parse(scsText) as Dataset;

const byDate = () => selectEventsByDate({ ...useStore.getState(), dataset: scs });
const event = (id: string) => scs.events.find((e) => e.id === id)!;

function present(state: Partial<ReturnType<typeof useStore.getState>> = {}) {
  useStore.setState({ dataset: scs, status: 'ready', mode: 'present', ...state });
  return render(<PresentationView dataset={scs} />);
}

function slide() {
  return document.querySelector<HTMLElement>('article.slide')!;
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('the slide', () => {
  it('shows the date in words, the title, the category, the summary and the footnotes with short citations', () => {
    present({ selectedId: 'state-council-notice-1990' });
    const article = slide();
    expect(article).toHaveTextContent('26 March 1990');
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(event('state-council-notice-1990').title);
    expect(article).toHaveTextContent('National policy');
    expect(article).toHaveTextContent(event('state-council-notice-1990').summary);
    expect(article).toHaveTextContent('Footnote 45 — State Council 1990; Lin 2019');
  });

  it('says "about" for an approximate date and names the section when there is no footnote', () => {
    present({ selectedId: 'scs-objectives-shift-2011-2012' });
    expect(slide()).toHaveTextContent('about 2011–2012');
    expect(slide()).toHaveTextContent('Section 7 of the article');
  });

  it('lists several footnotes, each work once, and counts the works it leaves out', () => {
    expect(sourceLineText(sourceLine(event('ndrc-moral-scores-incentive-only-2019'), scs))).toBe('Footnotes 71, 78 — China News 2019');
    const many = sourceLine(event('western-media-alarm-2016-2018'), scs);
    expect(many.works).toHaveLength(4);
    const keys = new Set(scs.footnotes.find((f) => f.n === 14)!.refs.map((id) => scs.references.find((r) => r.id === id)!.key));
    expect(keys.size).toBeGreaterThan(4);
    expect(sourceLineText(many)).toBe(`Footnote 14 — ${[...keys].slice(0, 4).join('; ')}; and ${keys.size - 4} more`);
  });

  it('shows the progress with an accessible name, and announces the slide briefly', () => {
    const order = byDate();
    present({ selectedId: 'state-council-notice-1990' });
    const index = order.findIndex((e) => e.id === 'state-council-notice-1990');
    expect(screen.getByText(`${index + 1} / ${order.length}`)).toBeInTheDocument();
    expect(screen.getByText(`Slide ${index + 1} of ${order.length}`)).toHaveClass('visually-hidden');
    expect(useStore.getState().announcement).toBe(`${index + 1} of ${order.length}: 26 March 1990, ${event('state-council-notice-1990').title}`);
  });
});

describe('stepping', () => {
  it('steps with → ← Space Shift+Space PageDown PageUp Home End, selecting each event', async () => {
    const user = userEvent.setup();
    const order = byDate();
    present({ selectedId: order[0]!.id });
    const selected = () => useStore.getState().selectedId;
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe(order[1]!.id);
    expect(within(slide()).getByRole('heading', { level: 2 })).toHaveTextContent(order[1]!.title);
    await user.keyboard('{PageDown}');
    expect(selected()).toBe(order[2]!.id);
    await user.keyboard(' ');
    expect(selected()).toBe(order[3]!.id);
    await user.keyboard('{Shift>} {/Shift}');
    expect(selected()).toBe(order[2]!.id);
    await user.keyboard('{PageUp}');
    expect(selected()).toBe(order[1]!.id);
    await user.keyboard('{ArrowLeft}');
    expect(selected()).toBe(order[0]!.id);
    await user.keyboard('{ArrowLeft}');
    expect(selected()).toBe(order[0]!.id);
    await user.keyboard('{End}');
    expect(selected()).toBe(order.at(-1)!.id);
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe(order.at(-1)!.id);
    await user.keyboard('{Home}');
    expect(selected()).toBe(order[0]!.id);
  });

  it('steps with the Previous and Next buttons, and ignores keys with modifiers', async () => {
    const user = userEvent.setup();
    const order = byDate();
    present({ selectedId: order[5]!.id });
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(useStore.getState().selectedId).toBe(order[6]!.id);
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(useStore.getState().selectedId).toBe(order[4]!.id);
    await user.keyboard('{Control>}{ArrowRight}{/Control}{Alt>}{ArrowRight}{/Alt}');
    expect(useStore.getState().selectedId).toBe(order[4]!.id);
  });

  it('presents only the filtered events, in date order', async () => {
    const user = userEvent.setup();
    const hidden = scs.categories.map((c) => c.id).filter((id) => id !== 'controversy');
    const controversies = byDate().filter((e) => e.category === 'controversy');
    present({ hiddenCategories: hidden });
    expect(screen.getByText(`1 / ${controversies.length}`)).toBeInTheDocument();
    expect(slide()).toHaveTextContent(controversies[0]!.title);
    for (const expected of controversies.slice(1)) {
      await user.keyboard('{ArrowRight}');
      expect(within(slide()).getByRole('heading', { level: 2 })).toHaveTextContent(expected.title);
    }
  });

  it('follows a tour in its own order, not by date', async () => {
    const user = userEvent.setup();
    const tour = ['suzhou-civility-score-2020', 'state-council-notice-1990', 'scs-planning-outline-2014'];
    present({ tour });
    expect(screen.getByText('1 / 3')).toBeInTheDocument();
    const titles: string[] = [];
    for (let i = 0; i < 4; i++) {
      titles.push(within(slide()).getByRole('heading', { level: 2 }).textContent ?? '');
      await user.keyboard('{ArrowRight}');
    }
    expect(titles).toEqual([...tour, tour[2]!].map((id) => event(id).title));
    expect(screen.getByText('3 / 3')).toBeInTheDocument();
  });

  it('does not take keys typed into a text field', async () => {
    const user = userEvent.setup();
    const order = byDate();
    present({ selectedId: order[0]!.id });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('{ArrowRight} {PageDown}');
    expect(useStore.getState().selectedId).toBe(order[0]!.id);
    input.remove();
  });

  it('moves the timeline window to the event', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    present({ selectedId: 'state-council-notice-1990' });
    const { window } = useStore.getState();
    const instant = Date.UTC(1990, 2, 26);
    expect(window).not.toBeNull();
    expect(window!.from).toBeLessThan(instant);
    expect(window!.to).toBeGreaterThan(instant);
    act(() => useStore.getState().selectEvent('suzhou-civility-score-2020'));
    const moved = useStore.getState().window!;
    expect(moved.from).toBeLessThan(Date.UTC(2020, 0, 1));
    expect(moved.to).toBeGreaterThan(Date.UTC(2021, 0, 1));
  });
});

describe('entering and leaving', () => {
  it('enters with P (selecting the first event of the sequence), not while typing', async () => {
    const user = userEvent.setup();
    useStore.setState({ dataset: scs, status: 'ready' });
    render(
      <>
        <input aria-label="Search" />
        <PresentButton />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('p');
    expect(useStore.getState().mode).toBe('browse');
    await user.click(document.body);
    await user.keyboard('{Control>}p{/Control}');
    expect(useStore.getState().mode).toBe('browse');
    await user.keyboard('p');
    expect(useStore.getState().mode).toBe('present');
    expect(useStore.getState().selectedId).toBe(byDate()[0]!.id);
  });

  it('enters with the Present button on the selected event', async () => {
    const user = userEvent.setup();
    useStore.setState({ dataset: scs, status: 'ready', selectedId: 'state-council-notice-1990' });
    render(<PresentButton />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(useStore.getState().mode).toBe('present');
    expect(useStore.getState().selectedId).toBe('state-council-notice-1990');
  });

  it('leaves with Esc or Exit on the same event', async () => {
    const user = userEvent.setup();
    const order = byDate();
    present({ selectedId: order[2]!.id });
    await user.keyboard('{ArrowRight}{Escape}');
    expect(useStore.getState().mode).toBe('browse');
    expect(useStore.getState().selectedId).toBe(order[3]!.id);
  });

  it('in the app: P presents, Esc returns to the timeline with the mark of that event focused', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(scsText, { status: 200 })));
    vi.stubGlobal('innerHeight', 1400);
    render(<App />);
    await screen.findByRole('graphics-document');
    await user.keyboard('p');
    const heading = await screen.findByRole('heading', { level: 2, name: byDate()[0]!.title });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('graphics-document')).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const id = byDate()[2]!.id;
    await user.keyboard('{Escape}');
    await screen.findByRole('graphics-document');
    expect(useStore.getState().selectedId).toBe(id);
    await waitFor(() => expect(document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')).toBe(id));
    expect(document.activeElement?.closest('.timeline-svg')).not.toBeNull();
  });

  it('says so when the filters leave nothing to present, and still leaves', async () => {
    const user = userEvent.setup();
    present({ hiddenCategories: scs.categories.map((c) => c.id) });
    expect(screen.getByText(/no event to present/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(useStore.getState().mode).toBe('browse');
  });
});

