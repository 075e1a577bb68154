import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../src/components/useAfterFirstPaint';

/** An animation frame, then a task: the frame has been painted by then. */
const paint = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

describe('useAfterFirstPaint', () => {
  it('says false until the first frame has been painted, then true; a part mounted later says true at once', async () => {
    const first = renderHook(() => useAfterFirstPaint());
    expect(first.result.current).toBe(false);
    await paint();
    expect(first.result.current).toBe(true);
    const later = renderHook(() => useAfterFirstPaint());
    expect(later.result.current).toBe(true);
  });
});
