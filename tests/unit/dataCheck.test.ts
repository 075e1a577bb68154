import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dataCheck = (file?: string) =>
  spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...(file ? [file] : [])], { encoding: 'utf8' });

// Each test spawns the CLI (tsx), which takes seconds on a busy two-core machine.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('passes the SCS dataset', () => {
    const result = dataCheck();
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^public\/data\/scs\.json: valid \(\d+ events, 81 footnotes, 141 references\)/);
    expect(result.status).toBe(0);
  });

  it('fails a broken copy and names each problem by its path', () => {
    const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8'));
    data.events[12].start = '1990-13-01';
    data.events[2].footnotes.push(99);
    data.footnotes[4].refs.push('nobody-1999');
    data.footnotes.splice(40, 1); // footnote 41 goes missing
    data.references[0].url = 'https://example.org/a\\_b';
    const file = join(mkdtempSync(join(tmpdir(), 'scs-')), 'broken.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const result = dataCheck(file);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`${file}: events[12].start: "1990-13-01" is not a date`);
    expect(lines).toContain(`${file}: references[0].url: "https://example.org/a\\\\_b" is not an http(s) link`);
    // Cross-record checks run once every value is well-formed:
    data.events[12].start = '1990';
    delete data.references[0].url;
    writeFileSync(file, JSON.stringify(data, null, 2));
    const second = dataCheck(file).stderr.trim().split('\n');
    const summary = second.pop();
    const withFootnote41 = data.events.filter((e: { footnotes: number[] }) => e.footnotes.includes(41)).length;
    expect(summary).toBe(`${file}: ${2 + withFootnote41} problems`);
    expect(second.sort()).toEqual([
      `${file}: events[2].footnotes[${data.events[2].footnotes.length - 1}]: footnote 99 does not exist`,
      ...data.events.flatMap((e: { footnotes: number[] }, i: number) =>
        e.footnotes.flatMap((n, j) => (n === 41 ? [`${file}: events[${i}].footnotes[${j}]: footnote 41 does not exist`] : [])),
      ),
      `${file}: footnotes[4].refs[${data.footnotes[4].refs.length - 1}]: reference "nobody-1999" does not exist`,
    ].sort());
  });

  it('names the line and column of a JSON syntax error', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scs-')), 'bad.json');
    writeFileSync(file, '{\n  "events": [1, 2,]\n}\n');
    const result = dataCheck(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: not valid JSON: line 2, column 19: unexpected "]"`);
  });
});
