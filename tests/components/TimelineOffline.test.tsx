/**
 * The timeline when its gesture chunk cannot be fetched (offline after the
 * page loaded): it draws, its zoom buttons move the view, nothing is
 * logged as an error, and the SVG never claims gestures it does not have.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Timeline } from '../../src/components/Timeline';
import { useStore } from '../../src/state/store';
import { selectVisibleEvents } from '../../src/state/selectors';
import type { Dataset } from '../../src/data/schema';

vi.mock('../../src/components/zoomGestures', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the timeline without its gesture chunk', () => {
  it('still zooms with its buttons, and logs no error', async () => {
    const errors = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1280);
    vi.stubGlobal('innerHeight', 720);
    useStore.getState().setDataset(scs);
    const { container } = render(<Timeline dataset={scs} events={selectVisibleEvents(useStore.getState())} />);
    // Let the failed import settle.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(warn).toHaveBeenCalled();
    const svg = container.querySelector('svg.timeline-svg')!;
    expect(svg.hasAttribute('data-gestures')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: /Zoom in/ }));
    const zoomed = useStore.getState().window;
    expect(zoomed).not.toBeNull();
    // A gesture asks again (and fails again, quietly): nothing breaks.
    fireEvent.pointerDown(svg);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    fireEvent.click(screen.getByRole('button', { name: /Show all/ }));
    expect(useStore.getState().window).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});
