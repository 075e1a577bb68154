/**
 * A Vite plugin that starts the entry chunk with V8's explicit compile hint,
 * `//# allFunctionsCalledOnLoad` (Chrome 136 and later; other engines read a
 * comment). Without it V8 compiles a function on the main thread when it is
 * first called, so React's and the app's start-up code was compiled piece by
 * piece during the first render. With it, the whole entry chunk is compiled
 * while it streams in, on a background thread. Measured in alternated fresh
 * loads (1280×720): the first frame comes 50–75 ms sooner at 10,000 events
 * and about 25 ms sooner with the SCS data. The module starts a little later
 * (the compile comes first), and its first render runs much faster.
 *
 * Only the entry chunk: the lazy chunks are fetched on first use, and most of
 * each is not run at once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The code with the hint as its first line, once (V8 reads it only there). */
export function withCompileHint(code: string): string {
  return code.startsWith(`${COMPILE_HINT}\n`) ? code : `${COMPILE_HINT}\n${code}`;
}

/** What the plugin reads of an output chunk (a subset of Rollup's OutputChunk). */
interface ChunkLike {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly isEntry?: boolean;
}

/** The files of a bundle's entry chunks. */
export function entryFiles(bundle: Record<string, ChunkLike>): string[] {
  return Object.values(bundle)
    .filter((output) => output.type === 'chunk' && output.isEntry)
    .map((output) => output.fileName);
}

/**
 * Adds the hint to the entry chunks as written (writeBundle): Vite puts its
 * own first line (`__vite__mapDeps`, the lazy chunks' preloads) into the
 * code after every plugin's generateBundle, and V8 reads the hint only on
 * the first line.
 */
export function compileHint(): Plugin {
  return {
    name: 'eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of entryFiles(bundle as unknown as Record<string, ChunkLike>)) {
        const path = join(dir, file);
        writeFileSync(path, withCompileHint(readFileSync(path, 'utf8')));
      }
    },
  };
}
