/**
 * Embedding in a course website, in real Chromium: the production build is
 * served under /courses/china/timeline/ on one port, and a "course page" on
 * ANOTHER port frames it (a cross-origin iframe, as on a real LMS). The host
 * page's script is a separate .js file (the one the README and the Embed
 * dialog give). Every page counts console errors (all frames) and requests
 * leaving 127.0.0.1: both must be zero.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations, gesturesReady, scs } from './helpers';
import { HEIGHT_MESSAGE, HOST_SCRIPT } from '../../src/modes/embed/snippet';

const EVENT = 'state-council-notice-1990';
const EVENT_TITLE = scs.events.find((e) => e.id === EVENT)!.title;

/** The host page's script: exactly the one the README and the dialog give, plus a record of the heights received. */
const HOST_JS = `${HOST_SCRIPT.replace(/^<script>\n|<\/script>$/g, '')}
window.__heights = [];
addEventListener('message', (event) => {
  if (event.data?.type === '${HEIGHT_MESSAGE}') window.__heights.push(event.data.height);
});
`;

interface HostServer {
  readonly origin: string;
  /** Serves `html` at `/<name>.html`, with /host.js next to it. */
  page(name: string, html: string): string;
  close(): Promise<void>;
}

async function startHost(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/host.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(HOST_JS);
    else if (pages.has(path)) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    page(name, html) {
      pages.set(`/${name}.html`, html);
      return `${origin}/${name}.html`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A course page: some text, the frame, and more text below so the page scrolls. */
function coursePage(frame: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Week 5: China's social credit system</title></head>
<body style="margin:0 auto;max-width:1100px;padding:16px;font-family:sans-serif">
<h1>Week 5: China's social credit system</h1>
<p>Read the timeline below before the seminar.</p>
${frame}
<div style="height:2400px;background:linear-gradient(#eee,#ccc)"><p>Seminar questions follow.</p></div>
<script src="host.js"></script>
</body>
</html>`;
}

describe.skipIf(!hasBrowser)('embedding in a course website (Chromium)', () => {
  const suite = useBrowserSuite();
  let host: HostServer;
  let opened: { context: BrowserContext; consoleErrors: string[]; outsideRequests: string[] }[] = [];

  beforeAll(async () => {
    host = await startHost();
  });
  afterAll(async () => {
    await host?.close();
  });
  afterEach(async () => {
    for (const { context, consoleErrors, outsideRequests } of opened) {
      expect(consoleErrors).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await context.close();
    }
    opened = [];
  });

  const appUrl = (suffix = '') => `${suite.server.url}${suffix}`;

  async function open(options: { bypassCSP?: boolean; corsHeaders?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: options.bypassCSP ?? false,
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const watched = { context, consoleErrors: [] as string[], outsideRequests: [] as string[] };
    opened.push(watched);
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(`pageerror: ${error.message}`));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:') return route.continue();
      if (url.hostname !== '127.0.0.1') {
        watched.outsideRequests.push(url.href);
        return route.abort();
      }
      // A frame sandboxed without allow-same-origin has an opaque origin: its module script and data
      // requests are cross-origin. Static hosts such as GitHub Pages answer them with ACAO: *; so does this one.
      if (options.corsHeaders && url.origin === suite.server.origin) {
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
      }
      return route.continue();
    });
    return page;
  }

  /** The app's frame in a host page, once its timeline is drawn. */
  async function appFrame(page: Page): Promise<Frame> {
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(suite.server.origin))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(suite.server.origin))!;
    await frame.waitForSelector('.timeline-svg [data-event-id]');
    return frame;
  }

  /** Waits until the host has set the frame to the last height the frame sent, and that height has settled. */
  async function settledHeight(page: Page): Promise<number> {
    let previous = -1;
    await expect
      .poll(
        async () => {
          const { heights, frameHeight } = await page.evaluate(() => ({
            heights: (window as unknown as { __heights: number[] }).__heights,
            frameHeight: document.querySelector('iframe')!.getBoundingClientRect().height,
          }));
          const last = heights.at(-1) ?? -1;
          const stable = last > 0 && last === previous && Math.abs(frameHeight - last) < 1;
          previous = last;
          return stable;
        },
        { interval: 300, timeout: 10_000 },
      )
      .toBe(true);
    return previous;
  }

  /** A point over the timeline's plot inside the frame, in the host page's viewport. */
  async function overTimeline(page: Page, frame: Frame, where: 'middle' | 'top' = 'middle') {
    const svg = (await frame.locator('.timeline-svg').boundingBox())!;
    const viewport = page.viewportSize()!;
    const y = where === 'top' ? svg.y + 8 : svg.y + Math.min(svg.height / 2, 120);
    expect(y).toBeLessThan(viewport.height);
    return { x: svg.x + svg.width * 0.5, y };
  }

  const frameHash = (frame: Frame) => frame.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

  it('sends its height to the host page, which sizes the frame; the wheel over it scrolls the page and shows a hint', async () => {
    const page = await open();
    await page.goto(
      host.page(
        'course',
        coursePage(`<iframe src="${appUrl(`?embed=1#event=${EVENT}`)}" title="Timeline of China's social credit system" width="100%" height="600" style="border:0"></iframe>`),
      ),
    );
    const frame = await appFrame(page);
    const height = await settledHeight(page);
    expect(Number.isFinite(height)).toBe(true);
    expect(height).toBeGreaterThan(200);
    // The frame fits its content: nothing to scroll inside it.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    // Embed chrome: the title, a link to the full view, the event's details; no how-to-read paragraph, no Embed button.
    expect(await frame.locator('main.app.embed').count()).toBe(1);
    expect(await frame.locator('.how-to-read').isVisible()).toBe(false);
    expect(await frame.getByRole('button', { name: 'Embed' }).count()).toBe(0);
    await frame.getByRole('heading', { level: 2, name: EVENT_TITLE }).waitFor(); // the details panel's chunk
    expect(await frame.getByRole('heading', { level: 2, name: EVENT_TITLE }).isVisible()).toBe(true);
    const full = frame.getByRole('link', { name: /Open the full timeline/ });
    expect(await frame.locator('.keyboard-help').innerText()).toContain('Ctrl + scroll');
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toContain('noopener');
    const href = new URL((await full.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(appUrl());
    expect(href.search).toBe('');
    expect(href.hash).toContain(`event=${EVENT}`);

    await page.screenshot({ path: (mkdirSync('screenshots/embed', { recursive: true }), 'screenshots/embed/host-1280x720.png') });

    const ticks = await frame.locator('.axis .axis-label').allTextContents();
    await gesturesReady(frame);
    const point = await overTimeline(page, frame);
    await page.mouse.move(point.x, point.y);
    expect(await scrollY(page)).toBe(0);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    await expect.poll(() => frame.locator('.embed-wheel-hint').isVisible()).toBe(true);
    expect(await frame.locator('.embed-wheel-hint').textContent()).toBe('Use Ctrl + scroll to zoom (⌘ + scroll on a Mac), or click the timeline first');
    await expect.poll(() => frame.locator('[role="status"][aria-live="polite"]').first().textContent()).toContain('Use Ctrl + scroll to zoom');
    await page.screenshot({ path: 'screenshots/embed/host-wheel-hint-1280x720.png' });
    // The timeline's window did not move.
    await page.waitForTimeout(500);
    expect(await frame.locator('.axis .axis-label').allTextContents()).toEqual(ticks);
    const hash = await frameHash(frame);
    expect(hash.from).toBeUndefined();
    expect(hash.to).toBeUndefined();
    // The hint goes away by itself.
    await expect.poll(() => frame.locator('.embed-wheel-hint').count(), { timeout: 5000 }).toBe(0);
  });

  it('zooms with Ctrl + wheel over the timeline, or with the wheel after a click into it, without scrolling the page', async () => {
    const page = await open();
    await page.goto(host.page('course-zoom', coursePage(`<iframe src="${appUrl('?embed=1')}" title="Timeline" width="100%" height="600" style="border:0"></iframe>`)));
    const frame = await appFrame(page);
    await settledHeight(page);
    const scale = () => page.evaluate(() => [window.visualViewport?.scale ?? 1, window.devicePixelRatio]);
    const before = await scale();

    await gesturesReady(frame);
    const point = await overTimeline(page, frame);
    await page.mouse.move(point.x, point.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await frameHash(frame)).from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const zoomed = await frameHash(frame);
    expect(await scrollY(page)).toBe(0);
    expect(await scale()).toEqual(before); // no browser page zoom
    expect(await frame.locator('.embed-wheel-hint').count()).toBe(0);

    // A click into the timeline (on its top edge, among the periods: no mark there), then a plain wheel zooms further.
    const top = await overTimeline(page, frame, 'top');
    await page.mouse.click(top.x, top.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await frameHash(frame)).from !== zoomed.from || (await frameHash(frame)).to !== zoomed.to).toBe(true);
    expect(await scrollY(page)).toBe(0);

    // Once the pointer has left the timeline, the wheel is the page's again.
    await page.mouse.move(20, 20, { steps: 4 });
    const again = await overTimeline(page, frame);
    await page.mouse.move(again.x, again.y, { steps: 4 });
    const settled = await frameHash(frame);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect(await frameHash(frame)).toEqual(settled);
  });

  it('works where storage is blocked (a frame sandboxed without allow-same-origin)', async () => {
    const page = await open({ corsHeaders: true });
    await page.goto(
      host.page(
        'sandboxed',
        coursePage(`<iframe sandbox="allow-scripts" src="${appUrl(`?embed=1&theme=dark#event=${EVENT}`)}" title="Timeline" width="100%" height="600" style="border:0"></iframe>`),
      ),
    );
    const frame = await appFrame(page);
    expect(await frame.evaluate(() => {
      try {
        return typeof window.localStorage.getItem('x');
      } catch {
        return 'blocked';
      }
    })).toBe('blocked');
    await frame.getByRole('heading', { level: 2, name: EVENT_TITLE }).waitFor(); // the details panel's chunk
    expect(await frame.getByRole('heading', { level: 2, name: EVENT_TITLE }).isVisible()).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The theme switch still works (it cannot be remembered, and says nothing about it).
    await frame.getByLabel('Theme', { exact: true }).selectOption('contrast');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(await settledHeight(page)).toBeGreaterThan(200);
  });

  it('builds a snippet in the Embed dialog whose iframe, pasted into a course page, opens the chosen event', async () => {
    const page = await open();
    await page.goto(appUrl());
    await page.waitForSelector('.timeline-svg [data-event-id]');
    const button = page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline in a course website' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const chosen = scs.events.find((e) => e.id === 'suzhou-civility-score-2020')!;
    await dialog.getByLabel('Open with the event').selectOption(chosen.id);
    await dialog.getByLabel('Colours').selectOption('contrast');
    await dialog.getByLabel('Compact: the title, the timeline and the details only').check();
    await dialog.getByLabel('Height in pixels').fill('700');
    const snippet = await dialog.getByLabel('HTML code to paste').inputValue();
    expect(snippet).toBe(
      `<iframe src="${appUrl(`?embed=1&amp;theme=contrast&amp;compact=1#event=${chosen.id}`)}" title="The sourced timeline of China’s Social Credit System" width="100%" height="700" loading="lazy" style="border:0"></iframe>`,
    );
    // Esc closes the dialog and focus returns to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    const hostPage = await open();
    await hostPage.goto(host.page('pasted', coursePage(snippet)));
    const frame = await appFrame(hostPage);
    // The details panel is a chunk of its own: its heading arrives a moment after the marks.
    const heading = frame.getByRole('heading', { level: 2, name: chosen.title });
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(await frame.locator('main.app.embed.compact').count()).toBe(1);
    expect(await frame.locator('.takeaway').isVisible()).toBe(false);
    expect(await settledHeight(hostPage)).toBeGreaterThan(200);
  });

  it('copies the snippet in one click', async () => {
    const page = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    await page.goto(appUrl(`#event=${EVENT}&cat=national-policy,controversy`));
    await page.waitForSelector('.timeline-svg [data-event-id]');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    // Defaults: the current event and the visible categories.
    expect(await dialog.getByLabel('Open with the event').inputValue()).toBe(EVENT);
    expect(await dialog.getByRole('checkbox', { name: 'National policy' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Local experiments' }).isChecked()).toBe(false);
    const snippet = await dialog.getByLabel('HTML code to paste').inputValue();
    expect(snippet).toContain(`?embed=1#event=${EVENT}&amp;cat=national-policy,controversy"`);
    expect(snippet).toContain('height="600"');
    await dialog.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Code copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('remembers the theme chosen, and follows the system (dark, more contrast) until then', async () => {
    const page = await open({ colorScheme: 'dark' });
    await page.goto(appUrl());
    await page.waitForSelector('.timeline-svg [data-event-id]');
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    await page.emulateMedia({ contrast: 'more' });
    await expect.poll(theme).toBe('contrast');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ contrast: 'no-preference' });
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    expect(await theme()).toBe('dark');
    await page.reload();
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await theme()).toBe('dark');
    expect(await page.getByLabel('Theme', { exact: true }).inputValue()).toBe('dark');
    // An embed's ?theme= wins over the remembered choice.
    await page.goto(appUrl('?embed=1&theme=light'));
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await theme()).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    // Forced colours (Windows high contrast) still override every theme's colours in the timeline.
    await page.goto(appUrl('?embed=1&theme=dark'));
    await page.waitForSelector('.timeline-svg [data-event-id]');
    await page.emulateMedia({ forcedColors: 'active' });
    const fills = await page.evaluate(() => {
      const bar = document.querySelector('.mark-bar')!;
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      return { bar: getComputedStyle(bar).fill, canvasText };
    });
    expect(fills.bar).toBe(fills.canvasText);
  });

  it('has no axe violation in embed mode, in the high-contrast theme, and with the Embed dialog open', async () => {
    const page = await open({ bypassCSP: true });
    await page.goto(appUrl(`?embed=1#event=${EVENT}`));
    await page.waitForSelector('aside');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(appUrl(`?embed=1&theme=contrast&compact=1#event=${EVENT}`));
    await page.waitForSelector('aside');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(appUrl(`#event=${EVENT}`));
    await page.waitForSelector('aside');
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.getByRole('dialog').locator('summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/embed/dialog-1280x720.png' });
  });
});
