#!/usr/bin/env node
/**
 * npm test: type-check and build the production bundle (the end-to-end tests
 * run against it), then run every vitest project (unit, components, e2e in
 * real Chromium), and end with one plain line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;

if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.log('Tests: 0 passed, 1 failed (the build failed, so no test ran)');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'scs-tests-'));
const report = join(dir, 'vitest.json');
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numTotalTestSuites > 0 && json.numFailedTestSuites > 0 && json.numFailedTests === 0 ? json.numFailedTestSuites : 0);
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  failed = Math.max(failed, 1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
