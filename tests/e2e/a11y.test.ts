/**
 * axe-core in real Chromium, in every state a person reaches: zero violations.
 * (axe is injected, so these pages bypass the CSP; app.test.ts checks the CSP.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations } from './helpers';

describe.skipIf(!hasBrowser)('accessibility (axe-core) in Chromium', () => {
  const suite = useBrowserSuite();

  async function check(hash: string, prepare?: (page: Page) => Promise<void>, options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}) {
    const context = await suite.browser.newContext({
      bypassCSP: true,
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}${hash}`);
    await page.waitForSelector('.timeline-svg [data-event-id], table tbody tr');
    await prepare?.(page);
    const violations = await axeViolations(page);
    await context.close();
    return violations;
  }

  it('has no violation in the default view', async () => {
    expect(await check('')).toEqual([]);
  });

  it('has no violation with the details open', async () => {
    expect(await check('#event=state-council-notice-1990', (page) => page.waitForSelector('aside').then(() => undefined))).toEqual([]);
  });

  it('has no violation in the list view', async () => {
    expect(await check('#view=list')).toEqual([]);
  });

  it('has no violation when filtered and searched', async () => {
    expect(await check('#cat=controversy,national-policy&q=credit')).toEqual([]);
  });

  it('has no violation zoomed in, with an event focused', async () => {
    expect(
      await check('#from=2019-01-01&to=2021-12-31', async (page) => {
        await page.locator('.timeline-svg [tabindex="0"]').focus();
        await page.keyboard.press('ArrowRight');
      }),
    ).toEqual([]);
  });

  it('has no violation in dark mode with the details open', async () => {
    expect(await check('#event=suzhou-civility-score-2020', (page) => page.waitForSelector('aside').then(() => undefined), { colorScheme: 'dark' })).toEqual([]);
  });

  it('has no violation with the cited works shown and the rows grouped by section', async () => {
    expect(await check('#lane=literature&group=section', (page) => page.waitForSelector('.literature [data-work-id]').then(() => undefined))).toEqual([]);
  });

  it('has no violation with a cited work open, an event highlighted, and the histogram table open', async () => {
    expect(
      await check('#lane=literature&work=creemers-2018', async (page) => {
        await page.waitForSelector('.work-panel');
        await page.locator('.histogram-table summary').click();
      }),
    ).toEqual([]);
    expect(await check('#lane=literature&group=section&event=scs-planning-outline-2014', (page) => page.waitForSelector('.literature .work.behind').then(() => undefined), { colorScheme: 'dark' })).toEqual([]);
  });

  it('has no violation on a phone with the list view', async () => {
    expect(await check('#view=list&event=scs-planning-outline-2014', undefined, { width: 390, height: 844 })).toEqual([]);
  });
});
