import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEmbed } from '../../src/modes/embed/useEmbed';
import { readEmbedOptions } from '../../src/modes/embed/embedOptions';
import { useViewportHeight } from '../../src/components/useViewportHeight';
import { useStore } from '../../src/state/store';

let height = 812.4;
let observed: (() => void) | null = null;
const postMessage = vi.fn();

class FakeResizeObserver {
  constructor(callback: () => void) {
    observed = callback;
  }
  observe() {}
  disconnect() {
    observed = null;
  }
}

function frame(parent: unknown) {
  Object.defineProperty(window, 'parent', { configurable: true, get: () => parent });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  height = 812.4;
  postMessage.mockClear();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});
afterEach(() => {
  frame(window);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('height messages to the host page', () => {
  it('posts { type: "scs-timeline:height", height } to the parent with "*", once per change, and listens to no message', () => {
    frame({ postMessage });
    const listen = vi.spyOn(window, 'addEventListener');
    const { unmount } = renderHook(() => useEmbed(readEmbedOptions('?embed=1')));
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenLastCalledWith({ type: 'scs-timeline:height', height: 813 }, '*');
    observed?.();
    expect(postMessage).toHaveBeenCalledTimes(1); // same height: not sent again
    height = 990;
    observed?.();
    expect(postMessage).toHaveBeenCalledTimes(2);
    expect(postMessage).toHaveBeenLastCalledWith({ type: 'scs-timeline:height', height: 990 }, '*');
    expect(listen.mock.calls.map(([type]) => type)).not.toContain('message');
    unmount();
    expect(observed).toBeNull();
  });

  it('sends nothing outside an embed, or when not framed', () => {
    frame({ postMessage });
    renderHook(() => useEmbed(readEmbedOptions('')));
    expect(postMessage).not.toHaveBeenCalled();
    frame(window);
    renderHook(() => useEmbed(readEmbedOptions('?embed=1')));
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('keeps quiet when the parent cannot be reached', () => {
    frame({
      postMessage: () => {
        throw new Error('gone');
      },
    });
    expect(() => renderHook(() => useEmbed(readEmbedOptions('?embed=1')))).not.toThrow();
  });

  it('sizes the lanes to the first frame height, not to the host-resized frame', () => {
    frame({ postMessage });
    vi.stubGlobal('innerHeight', 600);
    const { unmount } = renderHook(() => useEmbed(readEmbedOptions('?embed=1')));
    vi.stubGlobal('innerHeight', 1400);
    const { result } = renderHook(() => useViewportHeight());
    expect(result.current).toBe(600);
    unmount();
    const { result: after } = renderHook(() => useViewportHeight());
    expect(after.current).toBe(1400);
  });
});
