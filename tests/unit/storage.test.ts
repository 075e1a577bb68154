import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSetting, writeSetting } from '../../src/state/storage';
import { rememberTheme, storedTheme, THEME_KEY } from '../../src/state/theme';

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

/** Makes merely touching `localStorage` throw, as in a frame sandboxed without allow-same-origin. */
function blockStorage() {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': The document is sandboxed", 'SecurityError');
    },
  });
}

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  vi.restoreAllMocks();
  try {
    globalThis.localStorage.clear();
  } catch {
    // restored above
  }
});

describe('storage.ts', () => {
  it('reads back what it wrote', () => {
    expect(readSetting('scs-test')).toBeNull();
    expect(writeSetting('scs-test', 'dark')).toBe(true);
    expect(readSetting('scs-test')).toBe('dark');
  });

  it('returns null, and never throws, when the localStorage getter throws', () => {
    blockStorage();
    expect(() => globalThis.localStorage).toThrow();
    expect(readSetting('scs-test')).toBeNull();
    expect(writeSetting('scs-test', 'dark')).toBe(false);
  });

  it('returns null when getItem or setItem throw (storage disabled, quota exceeded)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readSetting('scs-test')).toBeNull();
    expect(writeSetting('scs-test', 'dark')).toBe(false);
  });

  it('returns null where there is no localStorage at all', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: undefined });
    expect(readSetting('scs-test')).toBeNull();
    expect(writeSetting('scs-test', 'x')).toBe(false);
  });

  it('remembers the theme under "scs-timeline:theme", and ignores garbage stored there', () => {
    expect(THEME_KEY).toBe('scs-timeline:theme');
    rememberTheme('contrast');
    expect(globalThis.localStorage.getItem('scs-timeline:theme')).toBe('contrast');
    expect(storedTheme()).toBe('contrast');
    globalThis.localStorage.setItem('scs-timeline:theme', '<script>');
    expect(storedTheme()).toBeNull();
    blockStorage();
    expect(storedTheme()).toBeNull();
    expect(() => rememberTheme('dark')).not.toThrow();
  });
});
