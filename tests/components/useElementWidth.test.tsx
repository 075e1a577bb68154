import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootWidth, readBootWidth, useElementWidth } from '../../src/components/useElementWidth';

let report: (() => void) | null = null;
class FakeResizeObserver {
  constructor(callback: () => void) {
    report = callback;
  }
  observe() {}
  disconnect() {
    report = null;
  }
}

/** The element's clientWidth, and how often it was read (each read of a changed page forces a layout). */
let clientWidth = 0;
let reads = 0;
beforeEach(() => {
  clientWidth = 0;
  reads = 0;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => {
    reads++;
    return clientWidth;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  report = null;
});

function Probe({ expected }: { expected?: number }) {
  const [ref, width, measured] = useElementWidth<HTMLDivElement>(960, expected);
  return <div ref={ref}>{measured ? `width ${width}` : 'not measured'}</div>;
}

describe('useElementWidth', () => {
  it('measures the element before the first paint when no width is expected', () => {
    clientWidth = 1201;
    render(<Probe />);
    expect(screen.getByText('width 1201')).toBeTruthy();
    expect(reads).toBe(1);
  });

  it('takes an expected width as measured, reading no layout until the observer reports', () => {
    clientWidth = 1201;
    render(<Probe expected={1201} />);
    expect(screen.getByText('width 1201')).toBeTruthy();
    expect(reads).toBe(0);
    act(() => report!());
    expect(screen.getByText('width 1201')).toBeTruthy();
  });

  it('puts a wrong expectation right at the observer’s first report, and follows later resizes', () => {
    clientWidth = 1186;
    render(<Probe expected={1201} />);
    expect(screen.getByText('width 1201')).toBeTruthy();
    // The first report is applied synchronously (flushSync), before the browser paints: outside act,
    // which would flush any update and so could not tell.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      report!();
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(screen.getByText('width 1186')).toBeTruthy();
    clientWidth = 800;
    act(() => report!());
    expect(screen.getByText('width 800')).toBeTruthy();
  });
});

describe('readBootWidth', () => {
  it('keeps the width of index.html’s stand-in, and nothing for a missing or unlaid-out one', () => {
    const probe = document.createElement('div');
    clientWidth = 1201;
    readBootWidth(probe);
    expect(bootWidth()).toBe(1201);
    clientWidth = 0;
    readBootWidth(probe);
    expect(bootWidth()).toBeUndefined();
    readBootWidth(null);
    expect(bootWidth()).toBeUndefined();
  });
});
