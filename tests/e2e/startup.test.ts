/**
 * What the page's start-up costs, in real Chromium on the production build:
 * opening the timeline wakes none of the browser's Intl services (the first
 * use of one loads its locale data, 20 to 50 ms that the first screen would
 * wait for), with the SCS data and with a dataset big enough to have its
 * counts grouped ("12,000"); and index.html's hidden stand-in for the
 * timeline has the timeline's width, so the first render lays out at the
 * right width and nothing is drawn twice.
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
    // The big badges' densities and the overview's band follow the first frame.
    await page.waitForSelector('.timeline-svg .cluster-density path');
    await page.waitForSelector('svg.overview path.overview-density');
    expect(await intlUsed()).toEqual([]);
  });

  it("asks V8 to compile the page's entry script while it downloads (its first line), and the page runs with it", async () => {
    const { page } = await suite.watch();
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    const entry = await page.evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!;
      return { src: script.src, text: await (await fetch(script.src)).text() };
    });
    expect(entry.src).toMatch(/\/assets\/index-[\w-]+\.js$/);
    expect(entry.text.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it("opens the site's storage in boot.js, before the bundle runs, and starts without boot.js too", async () => {
    const { page } = await suite.watch();
    // Which script touched localStorage first: boot.js is a classic script (document.currentScript is set),
    // the bundle is a module (it is null there).
    await page.addInitScript(() => {
      const descriptor = Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage')!;
      const record = window as unknown as { __firstStorageUse?: string };
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          record.__firstStorageUse ??= (document.currentScript as HTMLScriptElement | null)?.src ?? 'a module';
          return descriptor.get!.call(window);
        },
      });
    });
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await page.evaluate(() => (window as unknown as { __firstStorageUse?: string }).__firstStorageUse)).toBe(`${suite.server.url}boot.js`);

    const without = await suite.watch();
    await without.page.route('**/boot.js', (route) => route.fulfill({ status: 404, body: '' }));
    await without.page.goto(suite.server.url);
    await without.page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await without.page.locator('.timeline-svg > title').textContent()).toMatch(/^Timeline of 46 events, /);
    // The one error: the browser's own report of the missing file.
    expect(without.consoleErrors).toEqual([expect.stringMatching(/404/)]);
    without.consoleErrors.length = 0;
  });

  it('reads the built-in data in boot.js, from the one request the page preloads; a failure is still named', async () => {
    const { page } = await suite.watch();
    // Notes boot.js leaving its answer on the window (the bundle takes it away).
    await page.addInitScript(() => {
      const record = window as unknown as { __bootSeen?: boolean };
      let value: unknown;
      Object.defineProperty(window, '__bootData', {
        configurable: true,
        get: () => value,
        set: (answer) => {
          record.__bootSeen = true;
          value = answer;
        },
      });
    });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/data/scs.json')) requests.push(request.url());
    });
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await page.locator('.timeline-svg > title').textContent()).toMatch(/^Timeline of 46 events, /);
    expect(requests).toEqual([`${suite.server.url}data/scs.json`]);
    // boot.js's answer has been taken: a later load of the address fetches it again.
    expect(await page.evaluate(() => [(window as unknown as { __bootSeen?: boolean }).__bootSeen, '__bootData' in window])).toEqual([true, false]);

    const failing = await suite.watch();
    await failing.page.route('**/data/scs.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await failing.page.goto(suite.server.url);
    await expect.poll(() => failing.page.locator('[role="alert"]').first().textContent(), { timeout: 10_000 }).toMatch(/503.*data\/scs\.json|data\/scs\.json.*503/);
    failing.consoleErrors.length = 0;
  });

  it('opens a link to an event with its details drawn at once: no "Loading…" in their place', async () => {
    const { page } = await suite.watch();
    // The first frame that has the details' place: what it holds, read from its animation frame.
    await page.addInitScript(() => {
      const record = window as unknown as { __firstDetails?: { date: boolean; loading: boolean } };
      const poll = () => {
        if (document.querySelector('.workspace-details')) {
          record.__firstDetails = { date: document.querySelector('.workspace-details .details-date') !== null, loading: document.querySelector('.workspace-details [role="status"]') !== null };
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(`${suite.server.url}#event=state-council-notice-1990`);
    await page.waitForSelector('.details-panel .details-date');
    expect(await page.evaluate(() => (window as unknown as { __firstDetails?: unknown }).__firstDetails)).toEqual({ date: true, loading: false });
    expect(await page.locator('.details-panel .details-date').textContent()).toContain('26 March 1990');
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
    [390, 844],
  ] as const) {
    it(`gives the first render the timeline's width at ${width}×${height}`, async () => {
      const { page } = await suite.watch({ width, height });
      // The stand-in's width as main.tsx reads it, before React replaces it.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __probeWidth: number }).__probeWidth = document.getElementById('boot-probe')!.clientWidth;
        });
      });
      await page.goto(suite.server.url);
      await page.waitForSelector('.timeline-svg [data-event-id]');
      const [probe, timeline, svg] = await page.evaluate(() => [
        (window as unknown as { __probeWidth: number }).__probeWidth,
        document.querySelector<HTMLElement>('.timeline')!.clientWidth,
        Number(document.querySelector('.timeline-svg')!.getAttribute('width')),
      ]);
      expect(probe).toBeGreaterThan(0);
      expect(timeline).toBe(probe);
      expect(svg).toBe(probe);
    });
  }
});

