/**
 * The only door to the browser's storage. Settings are a convenience: where
 * storage is blocked (a sandboxed iframe without allow-same-origin, strict
 * privacy settings, a partitioned third-party frame) merely touching
 * `localStorage` throws, so every access is wrapped and a failure reads as
 * "nothing stored". Nothing here ever throws.
 */

function storage(): Storage | null {
  try {
    const store = globalThis.localStorage;
    return store && typeof store.getItem === 'function' ? store : null;
  } catch {
    return null;
  }
}

/** The stored value of a setting, or null when there is none or storage is unavailable. */
export function readSetting(key: string): string | null {
  try {
    const value = storage()?.getItem(key);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers a setting where storage is allowed; returns whether it was stored. */
export function writeSetting(key: string, value: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a setting where storage is allowed; never throws. */
export function removeSetting(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing stored, or nothing we may touch: either way it is gone for us.
  }
}
