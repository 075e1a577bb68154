/**
 * Full-text search over events and their sources. STUB: to be replaced by the
 * real implementation (see the contract in the doc comments).
 */
import type { Dataset } from './schema';

export interface SearchIndex {
  /** Ids of the events matching `query`; null when the query is blank (no filtering). */
  match(query: string): ReadonlySet<string> | null;
}

/** Builds the index once per dataset. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const texts = new Map(dataset.events.map((e) => [e.id, `${e.title} ${e.summary}`.toLowerCase()]));
  return {
    match(query) {
      const q = query.trim().toLowerCase();
      if (!q) return null;
      return new Set([...texts].filter(([, text]) => text.includes(q)).map(([id]) => id));
    },
  };
}
