/**
 * The timeline with thousands of events: what is drawn stays about a screen's
 * worth, and nothing is lost: every event is a mark or counted in a badge, a
 * big badge draws its events' density, a small one a trace per event.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RUG_LIMIT, Timeline } from '../../src/components/Timeline';
import { useStore } from '../../src/state/store';
import { selectVisibleEvents } from '../../src/state/selectors';
import { synthDataset } from '../../scripts/synth';

const dataset = synthDataset(5000, 3);

function renderDense() {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1280);
  vi.stubGlobal('innerHeight', 720);
  useStore.getState().setDataset(dataset);
  return render(<Timeline dataset={dataset} events={selectVisibleEvents(useStore.getState())} />);
}

/** Events drawn as marks, and events counted in badges. */
function accounted(container: HTMLElement) {
  const marks = [...container.querySelectorAll('svg.timeline-svg g.mark')].map((m) => m.getAttribute('data-event-id'));
  const counted = [...container.querySelectorAll('svg.timeline-svg g.cluster')].reduce((sum, c) => sum + Number(c.getAttribute('data-cluster-size')), 0);
  return { marks, counted };
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a timeline of 5,000 events', { timeout: 30_000 }, () => {
  it('accounts for every event at "fit all": drawn as a mark or counted in a badge', () => {
    const { container } = renderDense();
    const { marks, counted } = accounted(container);
    expect(new Set(marks).size).toBe(marks.length);
    expect(marks.length + counted).toBe(5000);
    expect(container.querySelector('svg.timeline-svg > title')!.textContent!.replace(/\D+/g, ' ')).toMatch(/^ 5 ?000 /);
  });

  it('draws a big badge’s events as a density band, and a small badge’s as one trace each', async () => {
    const { container } = renderDense();
    // The bands come just after the first frame (useAfterFirstPaint).
    await waitFor(() => expect(container.querySelectorAll('.cluster-density path').length).toBeGreaterThan(0));
    const clusters = [...container.querySelectorAll('svg.timeline-svg g.cluster')];
    const big = clusters.filter((c) => Number(c.getAttribute('data-cluster-size')) > RUG_LIMIT);
    expect(big.length).toBeGreaterThan(0);
    for (const cluster of big) {
      expect(cluster.querySelectorAll('.cluster-rug')).toHaveLength(0);
      const band = cluster.querySelector('.cluster-density')!;
      expect(band.getAttribute('data-density-of')).toBe(cluster.getAttribute('data-cluster-size'));
      expect(band.querySelectorAll('path').length).toBeGreaterThan(0);
      // The badge says how many it counts, in its name and its label.
      const count = cluster.getAttribute('data-cluster-size')!;
      expect(cluster.getAttribute('aria-label')!.replace(/[^\d ]/g, '')).toContain(count);
      expect(cluster.querySelector('.cluster-label')!.textContent!.replace(/\D/g, '')).toBe(count);
    }
    for (const cluster of clusters.filter((c) => Number(c.getAttribute('data-cluster-size')) <= RUG_LIMIT)) {
      expect(cluster.querySelectorAll('.cluster-rug[data-event-id]')).toHaveLength(Number(cluster.getAttribute('data-cluster-size')));
    }
  });

  it('keeps the page small: a screen of marks and badges, an overview of one path per category', async () => {
    const { container } = renderDense();
    const overview = container.querySelector('svg.overview')!;
    await waitFor(() => expect(overview.querySelectorAll('path.overview-density').length).toBeGreaterThan(0));
    expect(container.querySelectorAll('svg.timeline-svg *').length).toBeLessThan(2500);
    expect(overview.querySelectorAll('line')).toHaveLength(0);
    expect(overview.querySelectorAll('path.overview-density').length).toBeLessThanOrEqual(dataset.categories.length);
  });

  it('draws only the marks near the screen when zoomed in, and still accounts for every event there', () => {
    const { container } = renderDense();
    const from = Date.UTC(2014, 0, 1);
    const to = Date.UTC(2014, 6, 1);
    act(() => useStore.getState().setWindow({ from, to }));
    const marks = [...container.querySelectorAll('svg.timeline-svg g.mark')];
    expect(marks.length).toBeGreaterThan(0);
    // Marks are drawn in a group that the pan moves.
    const shift = Number(/translate\((-?[\d.e+-]+),/.exec(container.querySelector('svg.timeline-svg g.marks')!.getAttribute('transform')!)![1]);
    for (const mark of marks) {
      const bar = mark.querySelector('.mark-bar')!;
      const hit = mark.querySelector('.mark-hit')!;
      const left = Number(hit.getAttribute('x')) + shift;
      const right = left + Number(hit.getAttribute('width'));
      // Drawn marks reach the screen (bar or label), give or take the hit area's margin.
      expect(right).toBeGreaterThanOrEqual(-6);
      expect(left).toBeLessThanOrEqual(1280 + 6);
      expect(bar).not.toBeNull();
    }
    // Every event starting inside the window is a mark or in a badge drawn there.
    const inWindow = dataset.events.filter((e) => {
      const t = Date.parse(e.start.length === 4 ? `${e.start}-01-01` : e.start.length === 7 ? `${e.start}-01` : e.start);
      return t >= from + 30 * 86_400_000 && t < to - 30 * 86_400_000;
    });
    const drawn = new Set(marks.map((m) => m.getAttribute('data-event-id')));
    const counted = [...container.querySelectorAll('svg.timeline-svg g.cluster')].reduce((sum, c) => sum + Number(c.getAttribute('data-cluster-size')), 0);
    const missing = inWindow.filter((e) => !drawn.has(e.id));
    expect(missing.length).toBeLessThanOrEqual(counted);
  });

  it('pans by moving the group of marks: a mark that stays on screen keeps its place in the group', () => {
    const { container } = renderDense();
    const day = 86_400_000;
    act(() => useStore.getState().setWindow({ from: Date.UTC(2014, 0, 1), to: Date.UTC(2014, 6, 1) }));
    const group = () => container.querySelector('svg.timeline-svg g.marks')!;
    const bars = () => new Map([...container.querySelectorAll('svg.timeline-svg g.mark')].map((m) => [m.getAttribute('data-event-id'), m.querySelector('.mark-bar')!.getAttribute('x')]));
    const before = bars();
    const transform = group().getAttribute('transform');
    act(() => useStore.getState().setWindow({ from: Date.UTC(2014, 0, 1) + 3 * day, to: Date.UTC(2014, 6, 1) + 3 * day }));
    expect(group().getAttribute('transform')).not.toBe(transform);
    const after = bars();
    const kept = [...after].filter(([id]) => before.has(id));
    expect(kept.length).toBeGreaterThan(0);
    for (const [id, x] of kept) expect(x).toBe(before.get(id));
  });

  it('zooms into a big badge on click', () => {
    const { container } = renderDense();
    const big = [...container.querySelectorAll('svg.timeline-svg g.cluster')].find((c) => Number(c.getAttribute('data-cluster-size')) > RUG_LIMIT)!;
    fireEvent.click(big);
    expect(useStore.getState().window).not.toBeNull();
  });
});
