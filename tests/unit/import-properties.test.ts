/**
 * The importers' properties (see import-arbitraries.ts) on a few hundred cases
 * each; `npm run fuzz` runs the same ones on 100,000+.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyTextProperty, csvProperty, csvTextProperty, jsonProperty, timelineJsProperty } from './import-arbitraries';

const runs = { numRuns: 300 };

describe('import properties', () => {
  it('our JSON: every event is loaded or rejected at its path; valid ones load, invalid ones do not', () => {
    fc.assert(jsonProperty(), runs);
  });
  it('CSV: the reader returns the fields written, at their lines; every data row is loaded or reported by line', () => {
    fc.assert(csvProperty(), runs);
  });
  it('CSV: any text at all is read without throwing, and every record is accounted for', () => {
    fc.assert(csvTextProperty(), runs);
  });
  it('TimelineJS: every slide is loaded or rejected at its path; valid ones load, invalid ones do not', () => {
    fc.assert(timelineJsProperty(), runs);
  });
  it('format detection: any text, any JSON, never throws', () => {
    fc.assert(anyTextProperty(), runs);
  });
});
