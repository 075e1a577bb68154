/**
 * Ids for imported records that have none (or one our format cannot take):
 * made from their text, never random, so importing the same file twice gives
 * the same ids (and the same links).
 */

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Whether a string is an id in our format: lowercase letters, digits and "-", starting with a letter or digit. */
export function isId(text: string): boolean {
  return ID.test(text);
}

/** Lowercase ASCII letters and digits joined by "-" ("Zhima Credit (Sesame)" → "zhima-credit-sesame"); "" when nothing is left. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** Hands out ids that are not taken yet: "x", then "x-2", "x-3", ... */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Marks ids as taken (ids given in the file itself, which generated ones must not collide with). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** A free id made from `base` (which must already be an id), marked as taken. */
  claim(base: string): string {
    let id = base;
    // Start where the last claim of this base stopped, so that many equal bases stay linear.
    let k = this.next.get(base) ?? 2;
    if (this.taken.has(id)) {
      for (; this.taken.has(`${base}-${k}`); k++);
      id = `${base}-${k}`;
      this.next.set(base, k + 1);
    }
    this.taken.add(id);
    return id;
  }
}
