/**
 * npm run data:schema — writes public/data/timeline.schema.json from the
 * valibot schema in src/data/schema.ts, so the published JSON Schema and the
 * app's validation cannot drift apart (a unit test compares them).
 */
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/data/jsonSchema';

const out = 'public/data/timeline.schema.json';
writeFileSync(out, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
