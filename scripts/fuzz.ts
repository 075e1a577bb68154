/**
 * npm run fuzz [-- --runs N] [-- --seed S]
 *
 * Runs the importers' properties (tests/unit/import-arbitraries.ts) on many
 * random inputs: 100,000 cases per parser by default. Prints one line per
 * parser with the number of cases and the time; on a failure, prints the
 * (shrunk) counterexample and the seed to replay it, and exits 1.
 */
import fc from 'fast-check';
import { anyTextProperty, csvProperty, csvTextProperty, jsonProperty, timelineJsProperty } from '../tests/unit/import-arbitraries';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const numRuns = Number(option('runs') ?? 100_000);
const seed = option('seed') === undefined ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(option('seed'));
if (!Number.isInteger(numRuns) || numRuns < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [-- --runs N] [-- --seed S]');
  process.exit(2);
}


interface Outcome {
  readonly failed: boolean;
  readonly numRuns: number;
  readonly report: string | undefined;
}

function run<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>): Outcome {
  const details = fc.check(property, { numRuns, seed });
  return { failed: details.failed, numRuns: details.numRuns, report: details.failed ? fc.defaultReportMessage(details) : undefined };
}

const parsers: [string, () => Outcome][] = [
  ['our JSON (importDataset)', () => run(jsonProperty())],
  ['CSV (parseCsv + csvToDataset, generated rows)', () => run(csvProperty())],
  ['CSV (any text)', () => run(csvTextProperty())],
  ['TimelineJS (timelineJsToDataset)', () => run(timelineJsProperty())],
  ['detection (parseImport, any text or JSON)', () => run(anyTextProperty())],
];

console.log(`fuzz: ${numRuns.toLocaleString('en')} cases per parser, seed ${seed}`);
let failed = false;
const started = performance.now();
for (const [name, check] of parsers) {
  const begin = performance.now();
  const details = check();
  const seconds = ((performance.now() - begin) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${name}: after ${details.numRuns.toLocaleString('en')} cases in ${seconds} s`);
    console.log(details.report ?? '');
    console.log(`replay: npm run fuzz -- --seed ${seed} --runs ${numRuns}`);
  } else {
    console.log(`ok   ${name}: ${details.numRuns.toLocaleString('en')} cases in ${seconds} s`);
  }
}
console.log(`fuzz: ${failed ? 'FAILED' : 'all passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
