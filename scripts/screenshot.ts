/**
 * Screenshots of the built app for looking at what we ship:
 *   npx vite build && npx tsx scripts/screenshot.ts [hash-or-query] [outdir] [--full] [--dark] [--name=prefix]
 * Writes PNGs at 1280×720, 1920×1080 and a 390×844 phone, named <prefix>-<width>x<height>.png
 * ("app" by default). The suffix may hold a query: '?lang=zh#mode=present' shows a Chinese slide.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, startServer } from '../tests/e2e/browser';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const suffix = args[0] ?? '';
const outDir = args[1] ?? 'screenshots';
const name = process.argv.find((arg) => arg.startsWith('--name='))?.slice('--name='.length) || 'app';
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
  // The parts fetched after the first paint (the details panel of an open event, the gestures) too.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const file = `${outDir}/${name}-${width}x${height}.png`;
  await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
  console.log(`${file}  console errors: ${consoleErrors.length}  outside requests: ${outsideRequests.length}`);
  await context.close();
}
await browser.close();
await server.close();
