import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, budgetReport, checkBudget, initialAssets, type MeasuredAsset } from '../../scripts/size-budget';

const page = (head: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('initialAssets(html)', () => {
  it('lists the entry script, its module preloads and its style sheets, in document order, once each', () => {
    const html = page(`<script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c3.css">
    <link rel='modulepreload' href=assets/vendor-b2.js>`);
    expect(initialAssets(html)).toEqual([
      { kind: 'script', path: 'assets/index-a1.js' },
      { kind: 'modulepreload', path: 'assets/vendor-b2.js' },
      { kind: 'stylesheet', path: 'assets/index-c3.css' },
    ]);
  });

  it('leaves out icons, inline scripts, other hosts, data: URLs and comments', () => {
    const html = page(`<script>window.x = 1</script>
    <link rel="preconnect" href="https://example.org">
    <link rel="stylesheet" href="https://cdn.example.org/a.css">
    <script src="//cdn.example.org/a.js"></script>
    <!-- <script type="module" src="./assets/old.js"></script> -->
    <script type="module" src="/assets/index.js?v=2"></script>`);
    expect(initialAssets(html)).toEqual([{ kind: 'script', path: 'assets/index.js' }]);
  });
});

describe('checkBudget(assets, budget)', () => {
  const asset = (path: string, gzip: number): MeasuredAsset => ({ kind: path.endsWith('.css') ? 'stylesheet' : 'script', path, bytes: gzip * 3, gzip });

  it('sums the gzip sizes and is over only above the budget', () => {
    expect(checkBudget([asset('a.js', BUDGET_BYTES - 50_000), asset('a.css', 50_000)])).toMatchObject({ total: BUDGET_BYTES, budget: BUDGET_BYTES, over: false });
    expect(checkBudget([asset('a.js', BUDGET_BYTES - 50_000), asset('a.css', 50_001)]).over).toBe(true);
    expect(checkBudget([asset('a.js', 10)], 9).over).toBe(true);
  });

  it('reports JS and CSS apart, and names every file, largest first, when over', () => {
    const lines = budgetReport(checkBudget([asset('assets/small.css', 20_000), asset('assets/big.js', 100_000)], 110_000));
    expect(lines).toContain('  JS 100.00 kB + CSS 20.00 kB = 120.00 kB gzip; budget 110.00 kB');
    expect(lines.at(-1)).toMatch(/^OVER BUDGET by 10\.00 kB: assets\/big\.js \(100\.00 kB\), assets\/small\.css \(20\.00 kB\)/);
  });
});

// The CLI as `npm run build` runs it (tsx), on a fake dist/ in a temporary folder.
describe('tsx scripts/size-budget.ts [dist]', { timeout: 60_000 }, () => {
  const budget = (dist: string) => spawnSync('npx', ['tsx', 'scripts/size-budget.ts', dist], { encoding: 'utf8' });

  function fakeDist(files: Record<string, Uint8Array | string>, head: string): string {
    const dist = mkdtempSync(join(tmpdir(), 'scs-dist-'));
    mkdirSync(join(dist, 'assets'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content);
    writeFileSync(join(dist, 'index.html'), page(head));
    return dist;
  }

  it('passes under the budget, printing each file and the total; lazy chunks do not count', () => {
    const dist = fakeDist(
      {
        'assets/index.js': 'export const a = 1;\n'.repeat(2000),
        'assets/index.css': 'body { color: black }\n',
        // Not named by index.html, so loaded on first use only: not counted, however big.
        'assets/PresentationView.js': randomBytes(200_000),
      },
      '<script type="module" crossorigin src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">',
    );
    const result = budget(dist);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('assets/index.js');
    expect(result.stdout).toContain('assets/index.css');
    expect(result.stdout).not.toContain('PresentationView');
    expect(result.stdout).toMatch(/budget 110\.00 kB/);
    expect(result.stdout).toMatch(/Within budget: [\d.]+ kB to spare\./);
    expect(result.status).toBe(0);
  });

  it('fails over the budget and names the files', () => {
    const dist = fakeDist(
      { 'assets/index.js': randomBytes(90_000), 'assets/vendor.js': randomBytes(70_000), 'assets/index.css': 'body{}' },
      '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/vendor.js"><link rel="stylesheet" href="./assets/index.css">',
    );
    const result = budget(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^OVER BUDGET by [\d.]+ kB: assets\/index\.js \([\d.]+ kB\), assets\/vendor\.js \([\d.]+ kB\), assets\/index\.css/);
    expect(result.stdout).toContain('modulepreload');
  });

  it('fails when index.html names a file that is not there', () => {
    const dist = fakeDist({}, '<script type="module" src="./assets/gone.js"></script>');
    const result = budget(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('loads assets/gone.js, which is not in');
  });
});
