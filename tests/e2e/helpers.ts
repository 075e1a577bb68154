import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { Dataset } from '../../src/data/schema';
import { compareDates, parseDate } from '../../src/data/dates';

export const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

/** The dataset's events in date order (by start, coarser precision first, then id), as the app orders them. */
export function idsByDate(): string[] {
  return [...scs.events].sort((a, b) => compareDates(parseDate(a.start)!, parseDate(b.start)!) || a.id.localeCompare(b.id)).map((e) => e.id);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (the context must bypass CSP to inject it) and returns its violations, briefly. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}

/** The visible window the axis shows, as its tick labels. */
export async function tickLabels(page: Page): Promise<string[]> {
  return page.locator('.axis .axis-label').allTextContents();
}

/** The URL hash, decoded into its parameters. */
export async function hashParams(page: Page): Promise<Record<string, string>> {
  const hash = await page.evaluate(() => location.hash.replace(/^#/, ''));
  return Object.fromEntries(new URLSearchParams(hash));
}

/**
 * Waits until the timeline's pointer gestures (wheel, drag, pinch, double-click) are bound: their code
 * is a chunk fetched after the first render, and the SVG says `data-gestures="ready"` once it is in.
 */
export async function gesturesReady(page: Page | Frame): Promise<void> {
  await page.waitForSelector('.timeline-svg[data-gestures="ready"]');
}

/**
 * Drops a file named `name` with `text` onto the page's <main>, as a drag from the desktop does:
 * dragover, then (after `whileOver`, for what the page shows meanwhile) drop.
 */
export async function dropFile(page: Page, name: string, text: string, whileOver?: () => Promise<void>, type = 'text/csv'): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, fileText, fileType]) => {
      const data = new DataTransfer();
      data.items.add(new File([fileText], fileName, { type: fileType }));
      return data;
    },
    [name, text, type] as const,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await whileOver?.();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}
