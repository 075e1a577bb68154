/** The fixed vocabularies of a reference (schema.ts checks them; the literature lane reads them without loading the schema). */
export const ReferenceKinds = ['official', 'chinese-media', 'western-media', 'scholarship'] as const;
export const ReferenceTypes = ['article', 'book', 'chapter', 'news', 'web', 'report', 'official', 'thesis', 'podcast'] as const;
