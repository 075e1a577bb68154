/**
 * Real headless Chromium (Debian's, driven by playwright-core) against the
 * production build served on 127.0.0.1. Every page counts its console errors
 * and its requests to any other host: tests require both to be zero.
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROME_PATH);
/** The sub-path the build is served from, as a course website would. */
export const SUB_PATH = '/courses/china/timeline/';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
}

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly outsideRequests: string[];
}

/** A fresh page that records console errors, page errors and requests leaving 127.0.0.1. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  return { page, context, consoleErrors, outsideRequests };
}

export async function startServer(): Promise<StaticServer> {
  // E2E_DIST: another build to test (two builds can be tested side by side without overwriting dist/).
  return serveStatic(process.env.E2E_DIST ?? 'dist', SUB_PATH);
}

export interface BrowserSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** A watched page (see openPage) whose console errors and outside requests must be zero when the test ends. */
  watch(options?: Parameters<typeof openPage>[1]): Promise<WatchedPage>;
}

/**
 * Starts Chromium and the static server before a suite and stops both after it; pages opened
 * with `watch` are checked (zero console errors, zero outside requests) and closed after each test.
 */
export function useBrowserSuite(): BrowserSuite {
  const opened: WatchedPage[] = [];
  const suite = {
    watch: async (options?: Parameters<typeof openPage>[1]) => {
      const watched = await openPage(suite.browser, options);
      opened.push(watched);
      return watched;
    },
  } as BrowserSuite & { browser: Browser; server: StaticServer };
  afterEach(async () => {
    const pages = opened.splice(0);
    for (const { context, consoleErrors, outsideRequests } of pages) {
      expect(consoleErrors).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await context.close();
    }
  });
  beforeAll(async () => {
    [suite.browser, suite.server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Collects Content-Security-Policy violations in a page (call before the first navigation). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}
