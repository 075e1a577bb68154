import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILE_HINT, compileHint, entryFiles, withCompileHint } from '../../scripts/compile-hint';

describe('the eager-compile hint on the entry chunk', () => {
  it('puts the hint on the first line, once', () => {
    const hinted = withCompileHint('const a=1;');
    expect(hinted).toBe(`${COMPILE_HINT}\nconst a=1;`);
    expect(withCompileHint(hinted)).toBe(hinted);
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('names only the entry chunks, not lazy chunks or assets', () => {
    expect(
      entryFiles({
        'assets/index-a.js': { type: 'chunk', fileName: 'assets/index-a.js', isEntry: true },
        'assets/Details-b.js': { type: 'chunk', fileName: 'assets/Details-b.js', isEntry: false },
        'assets/index-c.css': { type: 'asset', fileName: 'assets/index-c.css' },
      }),
    ).toEqual(['assets/index-a.js']);
  });

  it('rewrites the written entry file, after Vite has put its own first line in, and leaves the other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hint-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/index-a.js'), 'const __vite__mapDeps=0;\nmain();');
    writeFileSync(join(dir, 'assets/lazy-b.js'), 'lazy();');
    const plugin = compileHint();
    const writeBundle = plugin.writeBundle as (options: { dir?: string }, bundle: Record<string, unknown>) => void;
    writeBundle(
      { dir },
      {
        'assets/index-a.js': { type: 'chunk', fileName: 'assets/index-a.js', isEntry: true },
        'assets/lazy-b.js': { type: 'chunk', fileName: 'assets/lazy-b.js', isEntry: false },
      },
    );
    expect(readFileSync(join(dir, 'assets/index-a.js'), 'utf8')).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=0;\nmain();`);
    expect(readFileSync(join(dir, 'assets/lazy-b.js'), 'utf8')).toBe('lazy();');
    expect(plugin.apply).toBe('build');
  });
});
