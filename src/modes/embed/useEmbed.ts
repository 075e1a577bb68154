import type { EmbedOptions } from './embedOptions';

/** STUB (helper C replaces): embed behaviour (height messages to the parent, wheel policy). */
export function useEmbed(_options: EmbedOptions): void {}
