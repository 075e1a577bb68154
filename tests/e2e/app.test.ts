import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasBrowser, watchCsp, useBrowserSuite, openPage, SUB_PATH } from './browser';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

describe.skipIf(!hasBrowser)('the built app in Chromium, served from a sub-path', () => {
  const suite = useBrowserSuite();

  it(`shows the title and a mark for every event, from ${SUB_PATH}, with no console error and no outside request`, async () => {
    const { page, context, consoleErrors, outsideRequests } = await openPage(suite.browser);
    const violations = await watchCsp(page);
    const response = await page.goto(suite.server.url);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('[data-event-id]').count()).toBe(scs.events.length);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The sourced timeline of China’s Social Credit System');
    const ids = await page.locator('[data-event-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
    expect(ids.sort()).toEqual(scs.events.map((e) => e.id).sort());
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('serves the dataset and its JSON Schema next to the app, for anyone to reuse', async () => {
    const data = await fetch(`${suite.server.url}data/scs.json`);
    expect(data.status).toBe(200);
    expect(((await data.json()) as Dataset).events).toHaveLength(scs.events.length);
    const schema = await fetch(`${suite.server.url}data/timeline.schema.json`);
    expect(((await schema.json()) as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lays out the marks so that no two labels overlap', async () => {
    const { page, context } = await openPage(suite.browser, { width: 1280, height: 720 });
    await page.goto(suite.server.url);
    await expect.poll(() => page.locator('[data-event-id]').count()).toBe(scs.events.length);
    const boxes = await page.locator('.mark-label').evaluateAll((labels) =>
      labels.map((label) => {
        const r = label.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: label.textContent };
      }),
    );
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.text} / ${b.text}`);
      }
    expect(overlaps).toEqual([]);
    await context.close();
  });
});
