/**
 * The English messages are in two tables: messages.ts holds those the first
 * screen's code uses; messagesLater.ts those only lazily loaded code uses
 * (import, export, embedding, presentation, details...), which comes with that
 * code. This test holds the split: every message key named in a module the
 * first screen loads (src/main.tsx and its static imports) is in the first
 * table, and every module that names a later key loads the later table itself.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages';
import { enLater } from '../../src/i18n/messagesLater';
import { zh } from '../../src/i18n/zh';

const STATIC_IMPORT = /^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
const RE_EXPORT = /^\s*export\s+(?!type\b)[^'";]*?\sfrom\s+['"](\.[^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The modules a module loads before it runs: its static, non-type imports, transitively. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of [STATIC_IMPORT, RE_EXPORT]) {
      for (const match of text.matchAll(pattern)) {
        const target = resolveModule(file, match[1]!);
        if (target) queue.push(target);
      }
    }
  }
  return seen;
}

/** The message keys a module names as string literals. */
function keysNamedIn(file: string, keys: readonly string[]): string[] {
  const text = readFileSync(file, 'utf8');
  return keys.filter((key) => new RegExp(`['"\`]${key}['"\`]`).test(text));
}

const firstKeys = Object.keys(en);
const laterKeys = Object.keys(enLater);

describe('the English messages of the first load and of later parts', () => {
  const firstLoad = staticGraph('src/main.tsx');

  it('are two tables that share no key and together have every key zh has', () => {
    expect(firstKeys.filter((key) => key in enLater)).toEqual([]);
    expect([...firstKeys, ...laterKeys].sort()).toEqual(Object.keys(zh).sort());
  });

  it('hold every key the first screen’s modules name in the first table', () => {
    expect(firstLoad.has('src/App.tsx')).toBe(true);
    expect(firstLoad.has('src/i18n/messagesLater.ts')).toBe(false);
    const misplaced = [...firstLoad].flatMap((file) => keysNamedIn(file, laterKeys).map((key) => `${file}: ${key}`));
    expect(misplaced).toEqual([]);
  });

  it('are loaded by every later module that names a later key', () => {
    // Every module loaded later: reached through import(), from the first load or from a later part.
    const later = new Set<string>();
    const entries = [...firstLoad];
    while (entries.length > 0) {
      const file = entries.pop()!;
      for (const match of readFileSync(file, 'utf8').matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
        const entry = resolveModule(file, match[1]!);
        if (!entry) continue;
        for (const reached of staticGraph(entry)) {
          if (firstLoad.has(reached) || later.has(reached)) continue;
          later.add(reached);
          entries.push(reached);
        }
      }
    }
    expect(later.has('src/components/DetailsPanel.tsx')).toBe(true);
    // The Chinese table names every key: it is a translation, not a user of them.
    const missing = [...later].filter(
      (file) => file !== 'src/i18n/zh.ts' && keysNamedIn(file, laterKeys).length > 0 && !staticGraph(file).has('src/i18n/messagesLater.ts'),
    );
    expect(missing).toEqual([]);
  });
});
