/**
 * Screenshots of the built app for looking at what we ship:
 *   npx vite build && npx tsx scripts/screenshot.ts [hash-or-query] [outdir] [--full] [--dark]
 * Writes PNGs at 1280×720, 1920×1080 and a 390×844 phone.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, startServer } from '../tests/e2e/browser';

const suffix = process.argv[2] ?? '';
const outDir = process.argv[3] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const sizes = [
  [1280, 720],
  [1920, 1080],
  [390, 844],
] as const;

const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
for (const [width, height] of sizes) {
  const { page, context, consoleErrors, outsideRequests } = await openPage(browser, { width, height });
  if (process.argv.includes('--dark')) await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${server.url}${suffix}`);
  await page.waitForSelector('[data-event-id]', { timeout: 10_000 }).catch(() => undefined);
  const file = `${outDir}/app-${width}x${height}.png`;
  await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
  console.log(`${file}  console errors: ${consoleErrors.length}  outside requests: ${outsideRequests.length}`);
  await context.close();
}
await browser.close();
await server.close();
