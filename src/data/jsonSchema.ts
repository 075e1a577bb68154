import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema';

/**
 * The JSON Schema published next to the data. Checks that JSON Schema cannot
 * express (a real calendar date, cross-references) are left to `data:check`,
 * which the description says.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, { target: 'draft-2020-12', errorMode: 'ignore' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...schema,
    $id: 'timeline.schema.json',
    title: 'Sourced timeline dataset',
    description:
      'Events with dates at the precision their source supports, each linked to footnotes and cited works. Extra fields are allowed. Run `npm run data:check <file>` for the checks JSON Schema cannot express: real calendar dates, unique ids, footnotes, references and tour events that exist, ranges that end after they start.',
  };
}
