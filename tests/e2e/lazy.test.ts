/**
 * Code loaded on first use, in real Chromium on the production build: the
 * first screen fetches none of presentation, export, import or the embed
 * dialog; each is fetched when first used, from the same origin; and when one
 * cannot be fetched (offline) the page says so and Try again works.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { dropFile } from './helpers';

/** The chunks of each lazily loaded part, by the name of the module they start from. */
const PARTS = {
  presentation: /\/assets\/PresentationView-[\w-]+\.js$/,
  export: /\/assets\/runExport-[\w-]+\.js$/,
  import: /\/assets\/detect-[\w-]+\.js$/,
  embed: /\/assets\/EmbedDialog-[\w-]+\.js$/,
};

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

const fetched = (urls: readonly string[], part: keyof typeof PARTS) => urls.some((url) => PARTS[part].test(url));

/** What only an embedded page (?embed=1) runs: its style sheet, height messages, wheel hint, "Open the full timeline". */
const EMBEDDED = /\/assets\/embedded-[\w-]+\.js$/;

/** A <main> the page drew: its classes, and whether its how-to-read paragraph was shown (embed.css hides it) when it appeared. */
interface DrawnMain {
  readonly classes: string[];
  readonly howToReadShown: boolean | null;
}

/**
 * Records every <main> the page ever draws, from its very first one, as it is inserted (before
 * it is painted): an embedded page's must carry the embed styles already then.
 */
async function recordMains(page: Page): Promise<() => Promise<DrawnMain[]>> {
  await page.addInitScript(() => {
    const seen: DrawnMain[] = [];
    (window as unknown as { __mains: DrawnMain[] }).__mains = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const main of [node, ...node.querySelectorAll('main')].filter((e) => e.tagName === 'MAIN')) {
            const howToRead = main.querySelector('.how-to-read');
            seen.push({ classes: [...main.classList], howToReadShown: howToRead ? getComputedStyle(howToRead).display !== 'none' : null });
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __mains: DrawnMain[] }).__mains);
}

describe.skipIf(!hasBrowser)('parts loaded on first use, in Chromium', () => {
  const suite = useBrowserSuite();

  it('fetches presentation, export, import and the embed dialog only when first used, from the same origin', async () => {
    const { page } = await suite.watch();
    const scripts = recordScripts(page);
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    for (const part of Object.keys(PARTS) as (keyof typeof PARTS)[]) expect(fetched(scripts, part), part).toBe(false);

    await page.getByRole('button', { name: 'Present' }).click();
    await page.waitForSelector('article.slide');
    expect(fetched(scripts, 'presentation')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.timeline-svg [data-event-id]');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => fetched(scripts, 'export')).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog', { name: 'Embed this timeline in a course website' }).waitFor();
    expect(fetched(scripts, 'embed')).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Load your own timeline' }).click();
    await expect.poll(() => fetched(scripts, 'import')).toBe(true);

    const origin = new URL(suite.server.url).origin;
    expect(scripts.filter((url) => !url.startsWith(origin))).toEqual([]);
    // The embedded page's own code, never on a page that is not embedded.
    expect(scripts.filter((url) => EMBEDDED.test(url))).toEqual([]);
  });

  it('takes a file dropped, or a press on "Load your own timeline", before the import code has arrived', async () => {
    /** A fresh page whose import code (dialog, banner, parsers) comes slowly: what is asked for before waits for it. */
    const slowImport = async () => {
      const { page } = await suite.watch();
      await page.route(/\/assets\/(ImportDialog|detect)-[\w-]+\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, 800));
        await route.continue();
      });
      await page.goto(suite.server.url);
      await page.waitForSelector('.timeline-svg [data-event-id]');
      return page;
    };

    let page = await slowImport();
    const csv = 'id,title,start,category,summary\r\na,First,1984,x,one\r\nb,Second,1990,x,two\r\n';
    await dropFile(page, 'class.csv', csv, async () => {
      expect(await page.locator('main.drop-active').count()).toBe(1);
    });
    await expect.poll(() => page.locator('.timeline-svg [data-event-id]').count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => page.locator('.import-banner').textContent()).toContain('All 2 events loaded');

    page = await slowImport();
    await page.getByRole('button', { name: 'Load your own timeline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Load your own timeline' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Load your own timeline');
  });

  it('draws an embedded page embedded from its first frame, its own code fetched before', async () => {
    const { page } = await suite.watch();
    const scripts = recordScripts(page);
    const mains = await recordMains(page);
    await page.goto(`${suite.server.url}?embed=1`);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(scripts.some((url) => EMBEDDED.test(url))).toBe(true);
    const drawn = await mains();
    expect(drawn.length).toBeGreaterThan(0);
    for (const main of drawn) expect(main).toEqual({ classes: expect.arrayContaining(['app', 'embed']), howToReadShown: false });
    expect(await page.getByRole('link', { name: /Open the full timeline/ }).count()).toBe(1);
  });

  it('says so when a part cannot be fetched (offline), and Try again fetches it', async () => {
    // A page of its own, not watched: the failed requests are console errors here, on purpose.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      let offline = true;
      await page.route(/\/assets\/(PresentationView|runExport)-/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(suite.server.url);
      await page.waitForSelector('.timeline-svg [data-event-id]');

      await page.getByRole('button', { name: 'Present' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('This part of the timeline could not be loaded: the connection may be down.');
      offline = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.waitForSelector('article.slide');
      await page.keyboard.press('Escape');
      await page.waitForSelector('.timeline-svg [data-event-id]');

      offline = true;
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('button', { name: 'Events as CSV' }).click();
      const panelAlert = page.locator('.export-panel').getByRole('alert');
      await panelAlert.waitFor();
      expect(await panelAlert.textContent()).toContain('could not be loaded');
      offline = false;
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Events as CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^scs-timeline-events-\d{4}-\d{2}-\d{2}\.csv$/);
    } finally {
      await context.close();
    }
  });

  it('says so when an embedded page cannot fetch its own code, never drawing it unembedded, and Try again draws it', async () => {
    // Unwatched, as above: the failed request is a console error here, on purpose.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const mains = await recordMains(page);
      let offline = true;
      await page.route(EMBEDDED, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(`${suite.server.url}?embed=1`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('This part of the timeline could not be loaded: the connection may be down.');
      expect(await mains()).toEqual([]);
      offline = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.waitForSelector('main.app.embed .timeline-svg [data-event-id]');
      for (const main of await mains()) expect(main).toEqual({ classes: expect.arrayContaining(['app', 'embed']), howToReadShown: false });
    } finally {
      await context.close();
    }
  });
});
