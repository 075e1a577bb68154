/**
 * npm run data:check [file]
 * Validates a dataset (default: public/data/scs.json) and prints every problem
 * with its JSON path and a plain reason. Exit 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { checkDatasetText } from '../src/data/checkText';
import { formatProblem } from '../src/data/validate';

const file = process.argv[2] ?? 'public/data/scs.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  process.exit(1);
}

const { dataset, problems } = checkDatasetText(text);
if (problems.length > 0) {
  for (const problem of problems) console.error(`${file}: ${formatProblem(problem)}`);
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(
  `${file}: valid (${dataset!.events.length} events, ${dataset!.footnotes.length} footnotes, ${dataset!.references.length} references)`,
);
