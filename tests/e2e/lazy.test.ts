/**
 * Code loaded on first use, in real Chromium on the production build: the
 * first screen fetches none of presentation, export, import or the embed
 * dialog; each is fetched when first used, from the same origin; and when one
 * cannot be fetched (offline) the page says so and Try again works.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';

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
});
