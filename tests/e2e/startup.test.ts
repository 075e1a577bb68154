/**
 * What the page's start-up costs, in real Chromium on the production build:
 * opening the timeline wakes none of the browser's Intl services (the first
 * use of one loads its locale data, 20 to 50 ms that the first screen would
 * wait for), with the SCS data and with a dataset big enough to have its
 * counts grouped ("12,000").
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { synthJson } from '../../scripts/synth';
import { hasBrowser, useBrowserSuite } from './browser';

/** Records, in the page, the first call of each Intl service and of the string methods that use one. */
async function watchIntl(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const used: string[] = [];
    (window as unknown as { __intlUsed: string[] }).__intlUsed = used;
    const note = (what: string) => {
      if (!used.includes(what)) used.push(what);
    };
    const intl = Intl as unknown as Record<string, unknown>;
    for (const name of ['Collator', 'NumberFormat', 'DateTimeFormat', 'PluralRules', 'Segmenter', 'ListFormat', 'RelativeTimeFormat', 'DisplayNames']) {
      const service = intl[name];
      if (typeof service !== 'function') continue;
      intl[name] = new Proxy(service, {
        construct: (target, args) => (note(`Intl.${name}`), Reflect.construct(target, args)),
        apply: (target, self, args) => (note(`Intl.${name}`), Reflect.apply(target, self, args)),
      });
    }
    const methods: [object, string][] = [
      [String.prototype, 'localeCompare'],
      [Number.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'],
    ];
    for (const [owner, name] of methods) {
      const method = (owner as Record<string, (...args: unknown[]) => unknown>)[name]!;
      (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        note(name);
        return method.apply(this, args);
      };
    }
  });
  return () => page.evaluate(() => (window as unknown as { __intlUsed: string[] }).__intlUsed);
}

describe.skipIf(!hasBrowser)('start-up, in Chromium', () => {
  const suite = useBrowserSuite();

  it('opens the SCS timeline without waking Intl, with the cited works shown too', async () => {
    const { page } = await suite.watch();
    const intlUsed = await watchIntl(page);
    await page.goto(`${suite.server.url}#lane=literature`);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    // The cited works' lane sorts the works; its drawing arrives a moment after the marks.
    await page.waitForSelector('.timeline-svg .literature [data-work-id]');
    expect(await intlUsed()).toEqual([]);
  });

  it('opens a 12,000-event timeline without waking Intl, its counts grouped as Intl would', async () => {
    const { page } = await suite.watch();
    const intlUsed = await watchIntl(page);
    const body = synthJson(12_000);
    await page.route('**/data/scs.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg .cluster');
    expect(await page.locator('.timeline-svg > title').textContent()).toMatch(/^Timeline of 12,000 events, /);
    expect(await intlUsed()).toEqual([]);
  });
});
