/**
 * The zoom gestures (d3-zoom and its d3 modules) are a chunk of their own,
 * fetched right after the first load rather than in it: in real Chromium on
 * the production build, index.html does not name it, the gestures are bound
 * soon after the first render, and when the chunk cannot be fetched (offline)
 * the timeline still zooms with its buttons and asks again at the next
 * gesture.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, useBrowserSuite } from './browser';
import { gesturesReady, hashParams } from './helpers';

const CHUNK = /\/assets\/zoomGestures-[\w-]+\.js$/;

describe.skipIf(!hasBrowser)('the zoom gestures, loaded after the first render (Chromium)', () => {
  const suite = useBrowserSuite();

  it('are not in the initial load, and are bound soon after the first render', async () => {
    const { page } = await suite.watch();
    const response = await page.goto(suite.server.url);
    expect(await response!.text()).not.toMatch(/zoomGestures-/);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    const started = Date.now();
    await gesturesReady(page);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('leave the buttons working when their chunk cannot be fetched, and come at the next gesture once it can', async () => {
    // A page of its own, not watched: the failed request is a console error here, on purpose.
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      let offline = true;
      await page.route(CHUNK, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(suite.server.url);
      await page.waitForSelector('.timeline-svg [data-event-id]');

      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(async () => (await hashParams(page)).from).toBeTruthy();
      expect(await page.locator('.timeline-svg').getAttribute('data-gestures')).toBeNull();

      offline = false;
      // A press on the plot's top edge (among the periods: no mark there) asks for the chunk again.
      const svg = (await page.locator('.timeline-svg').boundingBox())!;
      await page.mouse.click(svg.x + svg.width / 2, svg.y + 8);
      await gesturesReady(page);
      const before = await hashParams(page);
      await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
      await page.mouse.wheel(0, -300);
      await expect.poll(async () => (await hashParams(page)).from !== before.from || (await hashParams(page)).to !== before.to).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
