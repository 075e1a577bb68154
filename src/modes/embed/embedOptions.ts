/** STUB (helper C replaces): embed options read from the query string (?embed=1&theme=...&compact=1). */
export interface EmbedOptions {
  readonly embed: boolean;
  readonly compact: boolean;
}

export function readEmbedOptions(_search: string): EmbedOptions {
  return { embed: false, compact: false };
}
