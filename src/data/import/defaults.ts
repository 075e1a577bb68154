/** The title an imported timeline gets when its file names none (kept apart so the banner need not load the parsers). */
export const DEFAULT_SOURCE_TITLE = 'Imported timeline';
