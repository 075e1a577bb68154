/**
 * Golden SVGs: the timeline of the SCS data rendered at fixed sizes and zooms,
 * normalised (numbers rounded, generated ids renumbered) and compared with the
 * files in tests/components/__golden__/. A change in layout shows up as a diff
 * to review; after an intended change, run `npx vitest run -u` and look at the
 * new files (they open in any browser).
 */
import { readFileSync } from 'node:fs';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { useStore } from '../../src/state/store';
import { selectVisibleEvents } from '../../src/state/selectors';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/«r[0-9a-z]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}

function renderAt(width: number, height: number, window: { from: string; to: string } | null) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.stubGlobal('innerHeight', height);
  useStore.getState().setDataset(scs);
  if (window) act(() => useStore.getState().setWindow({ from: Date.parse(window.from), to: Date.parse(window.to) }));
  const { container } = render(<Timeline dataset={scs} events={selectVisibleEvents(useStore.getState())} />);
  const svg = container.querySelector('svg.timeline-svg');
  if (!svg) throw new Error('no timeline SVG');
  return `<svg xmlns="http://www.w3.org/2000/svg"${svg.outerHTML.slice(4)}`;
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Timeline golden SVGs', () => {
  it('the whole SCS timeline at 1280×720', async () => {
    await expect(normalise(renderAt(1280, 720, null))).toMatchFileSnapshot('__golden__/timeline-1280x720-all.svg');
  });

  it('the whole SCS timeline on a 390×844 phone', async () => {
    await expect(normalise(renderAt(390, 844, null))).toMatchFileSnapshot('__golden__/timeline-390x844-all.svg');
  });

  it('zoomed in to 2018–2021 at 1920×1080', async () => {
    await expect(normalise(renderAt(1920, 1080, { from: '2018-01-01', to: '2022-01-01' }))).toMatchFileSnapshot('__golden__/timeline-1920x1080-2018-2021.svg');
  });
});
