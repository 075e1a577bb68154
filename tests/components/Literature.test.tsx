import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';
import { publicationsPerYear, worksBehind, worksOf } from '../../src/literature/works';
import { WorkPanel } from '../../src/literature/WorkPanel';
import { loadLangPack } from '../../src/i18n/packs';
import { localizeDataset } from '../../src/i18n/localizeDataset';

const scsText = readFileSync('public/data/scs.json', 'utf8');
const scs = JSON.parse(scsText) as Dataset;

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(scsText, { status: 200 })));
  vi.stubGlobal('innerHeight', 1400);
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function showLiterature() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('graphics-document');
  await user.click(screen.getByRole('button', { name: 'Cited works' }));
  // The lane's code is fetched on first use.
  await screen.findByRole('group', { name: /^Cited works by date of publication/ }, { timeout: 10_000 });
  return user;
}

/** Every work in the lane: drawn as a mark, or counted in a badge of its kind. */
function worksInLane(container: HTMLElement) {
  const lane = container.querySelector('.literature')!;
  const drawn = [...lane.querySelectorAll('[data-work-id]')].map((n) => n.getAttribute('data-work-id'));
  const counted = [...lane.querySelectorAll('.work-cluster')].reduce((sum, n) => sum + Number(n.getAttribute('data-cluster-size')), 0);
  return { drawn, counted };
}

// The lane's code is fetched on first use: the first test pays for transforming it on a busy machine.
describe('the literature lane', { timeout: 30_000 }, () => {
  it('is hidden until asked for, then places every dated work (drawn or counted) and says how many are undated', async () => {
    render(<App />);
    await screen.findByRole('graphics-document');
    expect(document.querySelector('.literature')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cited works' }));
    expect(screen.getByRole('button', { name: 'Cited works' })).toHaveAttribute('aria-pressed', 'true');
    const works = worksOf(scs);
    const lane = await screen.findByRole('group', { name: /^Cited works by date of publication/ }, { timeout: 10_000 });
    expect(lane).toHaveAccessibleName(`Cited works by date of publication. ${works.dated.length} of ${scs.references.length} cited works have a date and are placed here; ${works.undated.length} undated`);
    const { drawn, counted } = worksInLane(document.body);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.length + counted).toBe(works.dated.length);
    // One row per kind, labelled.
    for (const label of ['Official documents', 'Chinese media', 'Western media', 'Scholarship']) expect(within(lane).getByText(label)).toBeInTheDocument();
  });

  it('names a work by kind, citation, date and the footnotes citing it', async () => {
    await showLiterature();
    const marks = [...document.querySelectorAll('.literature [data-work-id]')];
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) {
      const reference = scs.references.find((r) => r.id === mark.getAttribute('data-work-id'))!;
      const citing = scs.footnotes.filter((f) => f.refs.includes(reference.id)).map((f) => f.n).sort((a, b) => a - b);
      const footnotes =
        citing.length === 0 ? 'Listed in the bibliography, not cited in a footnote.' : citing.length === 1 ? `Cited in footnote ${citing[0]}.` : `Cited in footnotes ${citing.join(', ')}.`;
      expect(mark.getAttribute('aria-label')).toBe(`${kindLabel(reference.kind)}: ${reference.key}, “${reference.title}”. Published ${published(reference)}. ${footnotes}`);
    }
  });

  it('selecting a work opens its citation, exactly the footnotes citing it and the events they support', async () => {
    await showLiterature();
    // The first work drawn in the lane (whatever it is), so the test does not depend on density.
    const mark = document.querySelector<SVGGElement>('.literature [data-work-id]')!;
    const id = mark.getAttribute('data-work-id')!;
    const reference = scs.references.find((r) => r.id === id)!;
    // A click without the mousedown d3-zoom listens for (jsdom has no view for d3-drag); the real
    // pointer is clicked in the end-to-end tests.
    fireEvent.click(mark);
    const panel = await screen.findByRole('complementary', { name: reference.title });
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    const expected = scs.footnotes.filter((f) => f.refs.includes(id)).map((f) => String(f.n));
    const listed = [...panel.querySelectorAll('[data-footnote]')].map((n) => n.getAttribute('data-footnote'));
    expect(listed).toEqual(expected.sort((a, b) => Number(a) - Number(b)));
    const events = scs.events.filter((e) => e.footnotes.some((n) => expected.includes(String(n)))).map((e) => e.id);
    expect([...panel.querySelectorAll('.work-events [data-event-id]')].map((n) => n.getAttribute('data-event-id'))).toEqual(events);
    expect(useStore.getState().selectedWork).toBe(id);
    // Those events light up on the timeline.
    const related = [...document.querySelectorAll('.mark.related')].map((n) => n.getAttribute('data-event-id'));
    for (const eventId of related) expect(events).toContain(eventId);
  });

  it('opening an event from a work’s panel shows the event, and its works are highlighted in the lane', async () => {
    const user = await showLiterature();
    useStore.getState().selectWork('creemers-2018');
    const panel = await screen.findByRole('complementary', { name: scs.references.find((r) => r.id === 'creemers-2018')!.title });
    await waitFor(() => expect(panel.querySelector('.work-events button')).not.toBeNull());
    const button = panel.querySelector<HTMLButtonElement>('.work-events button');
    expect(button).not.toBeNull();
    const eventId = button!.getAttribute('data-event-id')!;
    await user.click(button!);
    expect(useStore.getState().selectedId).toBe(eventId);
    expect(useStore.getState().selectedWork).toBeNull();
    const event = scs.events.find((e) => e.id === eventId)!;
    const behind = worksBehind(scs, event);
    const highlighted = [...document.querySelectorAll('.literature .work.behind')].map((n) => n.getAttribute('data-work-id'));
    expect(highlighted.length).toBeGreaterThan(0);
    // Every work behind the event is drawn (lifted out of a badge if need be), and only those are highlighted.
    expect(new Set(highlighted)).toEqual(new Set([...behind].filter((id) => worksOf(scs).dated.some((w) => w.reference.id === id))));
  });

  it('moves between works with the arrow keys and opens one with Enter', async () => {
    const user = await showLiterature();
    const first = document.querySelector<SVGGElement>('.literature [data-work-id][tabindex="0"]')!;
    first.focus();
    await user.keyboard('{ArrowRight}');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const focused = document.activeElement;
    expect(focused?.getAttribute('data-work-id')).toBeTruthy();
    expect(focused).not.toBe(first);
    await user.keyboard('{Enter}');
    expect(useStore.getState().selectedWork).toBe(focused?.getAttribute('data-work-id'));
  });
});

describe('the publications histogram', () => {
  it('draws one bar per year with works, its counts matching the data, and the same figures as a table', async () => {
    await showLiterature();
    const years = publicationsPerYear(worksOf(scs)).filter((y) => y.total > 0);
    const bars = [...document.querySelectorAll('.histogram-chart [data-year]')];
    expect(bars.map((b) => [Number(b.getAttribute('data-year')), Number(b.getAttribute('data-total'))])).toEqual(years.map((y) => [y.year, y.total]));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(years.length);
    const peak = years.reduce((a, b) => (b.total > a.total ? b : a));
    const row = rows.find((r) => within(r).getByRole('rowheader').textContent === String(peak.year))!;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(String(peak.total));
  });
});

describe('rows by the article’s sections', () => {
  it('groups the rows in titled bands and keeps every event (drawn or counted)', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('graphics-document');
    await user.click(screen.getByRole('button', { name: 'Article section' }));
    expect(useStore.getState().groupBy).toBe('section');
    const bands = [...document.querySelectorAll('.band')];
    expect(bands.length).toBeGreaterThan(1);
    const headings = screen.getAllByRole('heading', { level: 3 }).filter((h) => h.classList.contains('band-title'));
    expect(headings.length).toBe(bands.length);
    const drawn = new Set([...document.querySelectorAll('.mark[data-event-id]')].map((n) => n.getAttribute('data-event-id')));
    const counted = [...document.querySelectorAll('.cluster')].reduce((sum, n) => sum + Number(n.getAttribute('data-cluster-size')), 0);
    expect(drawn.size + counted).toBe(scs.events.length);
    await user.click(screen.getByRole('button', { name: 'Category' }));
    expect(document.querySelectorAll('.band')).toHaveLength(0);
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The publication date in words, at the precision the bibliography gives. */
function published(reference: Dataset['references'][number]): string {
  if (!reference.date) return String(reference.year);
  const [y, m, d] = reference.date.split('-').map(Number);
  return d ? `${d} ${MONTHS[m! - 1]} ${y}` : `${MONTHS[m! - 1]} ${y}`;
}

function kindLabel(kind: string | undefined): string {
  return { official: 'Official documents', 'chinese-media': 'Chinese media', 'western-media': 'Western media', scholarship: 'Scholarship' }[kind ?? ''] ?? 'Other works';
}

describe('the work panel in Chinese', () => {
  beforeAll(() => loadLangPack('zh'));

  function renderWork(id: string, dataset: Dataset) {
    useStore.setState({ lang: 'zh' });
    const reference = dataset.references.find((r) => r.id === id)!;
    render(<WorkPanel reference={reference} dataset={localizeDataset(dataset, 'zh')} onClose={() => {}} onSelectEvent={() => {}} pageUrl="https://example.org/" />);
    return screen.getByRole('complementary');
  }

  it('gives each footnote citing the work its Chinese note, and the work its Chinese remark', () => {
    const panel = renderWork('lin-2019', scs);
    const citing = scs.footnotes.filter((f) => f.refs.includes('lin-2019'));
    expect(citing.length).toBeGreaterThan(1);
    for (const footnote of citing) {
      const note = panel.querySelector(`[data-footnote="${footnote.n}"] .details-footnote-note`)!;
      expect(note).toHaveTextContent(footnote.note_zh!);
      expect(note).not.toHaveAttribute('lang');
    }
    const remark = panel.querySelector('.cite-note')!;
    expect(remark).toHaveTextContent(scs.references.find((r) => r.id === 'lin-2019')!.note_zh!);
    expect(remark).not.toHaveAttribute('lang');
  });

  it('marks an English note as English where the dataset has no Chinese one', () => {
    const data = structuredClone(scs);
    for (const footnote of data.footnotes) delete footnote.note_zh;
    const panel = renderWork('lin-2019', data);
    const first = scs.footnotes.find((f) => f.refs.includes('lin-2019'))!;
    const note = panel.querySelector(`[data-footnote="${first.n}"] .details-footnote-note`)!;
    expect(note).toHaveTextContent(first.note);
    expect(note).toHaveAttribute('lang', 'en');
  });
});
