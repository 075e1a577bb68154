/**
 * The zoom gestures arrive in a chunk of their own, after the first render
 * (useZoom.ts, zoomGestures.ts): they are bound once it is there, never after
 * the timeline has gone, with the window the store holds by then; and a chunk
 * that cannot be fetched leaves the timeline as it was, to be asked for again
 * at the next gesture.
 */
import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useZoom, type GesturesModule } from '../../src/components/useZoom';
import * as realGestures from '../../src/components/zoomGestures';
import type { LazyModule } from '../../src/lazyModule';
import { scaleTime } from '../../src/timeline/timeScale';
import { transformFor, type TimeWindow } from '../../src/timeline/viewport';

const bounds = { from: Date.UTC(1980, 0, 1), to: Date.UTC(2025, 0, 1) };
const base = scaleTime([bounds.from, bounds.to], [0, 800]);

/** A gesture chunk that arrives (or fails) when the test says so; each load() asks afresh until one arrives. */
function controlledChunk() {
  const asks: { resolve: (m: GesturesModule) => void; reject: (e: unknown) => void }[] = [];
  let arrived: GesturesModule | undefined;
  const module: LazyModule<GesturesModule> = {
    load: () => (arrived ? Promise.resolve(arrived) : new Promise<GesturesModule>((resolve, reject) => asks.push({ resolve, reject }))),
    current: () => arrived,
  };
  return {
    module,
    asked: () => asks.length,
    arrive: async () => {
      arrived = realGestures;
      await act(async () => {
        for (const ask of asks.splice(0)) ask.resolve(realGestures);
      });
    },
    fail: async () => {
      await act(async () => {
        for (const ask of asks.splice(0)) ask.reject(new TypeError('Failed to fetch dynamically imported module'));
      });
    },
  };
}

interface PlotProps {
  window: TimeWindow | null;
  gestures: LazyModule<GesturesModule>;
  onWindow?: (w: TimeWindow | null) => void;
  height?: number;
}

function Plot({ window, gestures, onWindow = () => {}, height = 300 }: PlotProps) {
  const ref = useZoom<SVGSVGElement>({ base, bounds, window, height, onWindow, gestures });
  return <svg ref={ref} className="timeline-svg" />;
}

const svgOf = (container: HTMLElement) => container.querySelector('svg')!;
const transformOf = (svg: SVGSVGElement) => (svg as unknown as { __zoom?: { k: number; x: number } }).__zoom;

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('useZoom: gestures from a chunk of their own', () => {
  it('draws at once, and binds the gestures when the chunk arrives', async () => {
    const chunk = controlledChunk();
    const onWindow = vi.fn();
    const { container } = render(<Plot window={null} gestures={chunk.module} onWindow={onWindow} />);
    const svg = svgOf(container);
    expect(svg.style.touchAction).toBe('pan-y');
    expect(svg.hasAttribute('data-gestures')).toBe(false);
    expect(chunk.asked()).toBe(1);

    await chunk.arrive();
    expect(svg.getAttribute('data-gestures')).toBe('ready');
    expect(transformOf(svg)).toMatchObject({ k: 1, x: 0 });
    // A double-click zooms in (d3-zoom's own handler), and the store hears of it.
    fireEvent.dblClick(svg, { clientX: 400, clientY: 100 });
    expect(onWindow).toHaveBeenCalledTimes(1);
    const zoomed = onWindow.mock.calls[0]![0] as TimeWindow;
    expect(zoomed.to - zoomed.from).toBeCloseTo((bounds.to - bounds.from) / 2, -6);
  });

  it('binds nothing to a timeline unmounted before the chunk arrives', async () => {
    const chunk = controlledChunk();
    const { container, unmount } = render(<Plot window={null} gestures={chunk.module} />);
    const svg = svgOf(container);
    unmount();
    await chunk.arrive();
    expect(svg.hasAttribute('data-gestures')).toBe(false);
    expect(transformOf(svg)).toBeUndefined();
  });

  it('unbinds when unmounted after binding', async () => {
    const chunk = controlledChunk();
    const onWindow = vi.fn();
    const { container, unmount } = render(<Plot window={null} gestures={chunk.module} onWindow={onWindow} />);
    const svg = svgOf(container);
    await chunk.arrive();
    unmount();
    expect(svg.hasAttribute('data-gestures')).toBe(false);
    fireEvent.dblClick(svg, { clientX: 400, clientY: 100 });
    expect(onWindow).not.toHaveBeenCalled();
  });

  it('shows a window set before the gestures arrived, and pushes later ones into d3', async () => {
    const chunk = controlledChunk();
    const onWindow = vi.fn();
    const { container, rerender } = render(<Plot window={null} gestures={chunk.module} onWindow={onWindow} />);
    const svg = svgOf(container);
    const early = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2015, 0, 1) };
    rerender(<Plot window={early} gestures={chunk.module} onWindow={onWindow} />);
    await chunk.arrive();
    const expected = transformFor(early, base);
    expect(transformOf(svg)!.k).toBeCloseTo(expected.k, 9);
    expect(transformOf(svg)!.x).toBeCloseTo(expected.x, 6);

    const later = { from: Date.UTC(1990, 0, 1), to: Date.UTC(2000, 0, 1) };
    rerender(<Plot window={later} gestures={chunk.module} onWindow={onWindow} />);
    expect(transformOf(svg)!.k).toBeCloseTo(transformFor(later, base).k, 9);
    // Pushed without an echo back to the store.
    expect(onWindow).not.toHaveBeenCalled();
  });

  it('binds once after geometry changes while the chunk is on its way', async () => {
    const chunk = controlledChunk();
    const { container, rerender } = render(<Plot window={null} gestures={chunk.module} />);
    const svg = svgOf(container);
    const on = vi.spyOn(svg, 'addEventListener');
    rerender(<Plot window={null} gestures={chunk.module} height={400} />);
    expect(chunk.asked()).toBe(2);
    await chunk.arrive();
    const wheels = on.mock.calls.filter(([type]) => type === 'wheel');
    // d3-zoom's wheel listener and the Ctrl + wheel guard: one behaviour, not two.
    expect(wheels).toHaveLength(2);
    expect(svg.getAttribute('data-gestures')).toBe('ready');

    // And again after it arrived: the old behaviour goes, the new one comes.
    const off = vi.spyOn(svg, 'removeEventListener');
    rerender(<Plot window={null} gestures={chunk.module} height={500} />);
    await act(async () => {});
    expect(off.mock.calls.filter(([type]) => type === 'wheel')).toHaveLength(2);
    expect(on.mock.calls.filter(([type]) => type === 'wheel')).toHaveLength(4);
    expect(svg.getAttribute('data-gestures')).toBe('ready');
  });

  it('leaves the timeline as it was when the chunk cannot be fetched, and asks again at the next gesture', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chunk = controlledChunk();
    const onWindow = vi.fn();
    const { container, rerender } = render(<Plot window={null} gestures={chunk.module} onWindow={onWindow} />);
    const svg = svgOf(container);
    await chunk.fail();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(svg.hasAttribute('data-gestures')).toBe(false);
    // A window set elsewhere (buttons, keys) still renders: nothing throws without d3.
    rerender(<Plot window={{ from: Date.UTC(2000, 0, 1), to: Date.UTC(2001, 0, 1) }} gestures={chunk.module} onWindow={onWindow} />);

    expect(chunk.asked()).toBe(0);
    fireEvent.pointerDown(svg);
    fireEvent.pointerDown(svg);
    expect(chunk.asked()).toBe(1); // once, however many gestures
    await chunk.arrive();
    expect(svg.getAttribute('data-gestures')).toBe('ready');
    expect(transformOf(svg)!.k).toBeCloseTo(transformFor({ from: Date.UTC(2000, 0, 1), to: Date.UTC(2001, 0, 1) }, base).k, 9);
    expect(onWindow).not.toHaveBeenCalled();
  });
});
