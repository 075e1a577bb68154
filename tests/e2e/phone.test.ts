/**
 * On a phone the timeline comes first: the secondary actions (tours, export, embed, import,
 * theme, language) are behind one "More" button, so the first marks are on the first screen.
 * Each action still works from there. On a wide screen nothing changes: no "More", one row.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations } from './helpers';

const PHONE = { width: 390, height: 844 };
const FIRST_MARKS = 'svg.timeline-svg g.mark, svg.timeline-svg g.cluster';

describe.skipIf(!hasBrowser)('the actions on a phone, in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(query = '', size: { width: number; height: number } = PHONE) {
    const { page } = await suite.watch(size);
    await page.goto(`${suite.server.url}${query}`);
    await page.waitForSelector(FIRST_MARKS);
    return page;
  }

  /** A page of a real phone (touch, a coarse pointer: 44 px targets), with the checks of `suite.watch`. */
  async function openTouch(query = '', options: BrowserContextOptions = {}) {
    const context = await suite.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.server.url}${query}`);
    await page.waitForSelector(FIRST_MARKS);
    return { page, errors, close: () => context.close() };
  }

  /** The top of the highest mark or badge of the timeline, in the window's coordinates. */
  const firstMarkTop = (page: Page) =>
    page.locator(FIRST_MARKS).evaluateAll((marks) => Math.min(...marks.map((mark) => mark.getBoundingClientRect().top)));

  /** Whether the element's centre is on screen and nothing covers it there (a press would reach it). */
  const pressable = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      if (r.width === 0 || x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    });

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

  it('fits every category of the legend in its chip on a 360 px touch phone: no word cut, none under its count', async () => {
    for (const query of ['', '?lang=zh']) {
      const { page, errors, close } = await openTouch(query, { viewport: { width: 360, height: 740 } });
      const chips = await page.locator('.legend .legend-toggle').evaluateAll((toggles) =>
        toggles.map((toggle) => {
          const label = toggle.querySelector('.legend-label')!;
          const count = toggle.querySelector('.legend-count')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(label);
          const text = range.getBoundingClientRect();
          const chip = toggle.getBoundingClientRect();
          // Lines of the label: a word broken across two lines shows as more lines than its words need.
          const words = (label.textContent ?? '').trim().split(/\s+/).length;
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return { name: label.textContent, overlapsCount: text.right > count.left + 0.5, outside: text.left < chip.left || text.right > chip.right, brokenWord: lines > words };
        }),
      );
      expect(chips).toHaveLength(6);
      expect(chips.filter((c) => c.overlapsCount || c.outside || c.brokenWord)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('shows the first marks of the timeline on the first screen, with Present, the search and one "More" button', async () => {
    for (const query of ['', '?lang=zh']) {
      const page = await open(query);
      expect(await firstMarkTop(page)).toBeLessThan(PHONE.height);
      expect(await firstMarkTop(page)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const more = page.locator('.actions .more-toggle');
      await expect.poll(() => more.isVisible()).toBe(true);
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('.present-button').isVisible()).toBe(true);
      expect(await page.locator('input[type="search"]').isVisible()).toBe(true);
      for (const hidden of ['.export-toggle', '.theme-switch select', '.lang-switch', '.tour-picker select']) {
        expect(await page.locator(hidden).isVisible()).toBe(false);
      }
    }
  });

  it('does so on a touch screen too, where every target keeps 44 px', async () => {
    const { page, errors, close } = await openTouch();
    expect(await firstMarkTop(page)).toBeLessThan(PHONE.height);
    await page.locator('.more-toggle').tap();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.controls button, .controls input, .controls select')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length,
    );
    expect(small).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches every action through "More": Esc and a press outside close it, focus comes back', async () => {
    const page = await open();
    const more = page.getByRole('button', { name: 'More' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await more.getAttribute('aria-controls')}`);
    expect(await page.getByRole('group', { name: 'More' }).count()).toBe(1);
    for (const action of ['.tour-picker select', '.export-toggle', '.theme-switch select', '.lang-switch button']) {
      expect(await pressable(page, `.more-panel ${action}`)).toBe(true);
    }

    // Export: its sheet is on screen, above the panel, and an item in it works.
    await panel.getByRole('button', { name: 'Export' }).click();
    await page.waitForSelector('.export-panel:not([hidden])');
    for (const item of ['SVG image', 'Events as CSV', 'Print']) {
      expect(await pressable(page, `.export-panel button:text-is("${item}")`)).toBe(true);
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Events as CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^scs-timeline-events-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect.poll(() => focusedText(page)).toMatch(/^Export/);
    expect(await more.getAttribute('aria-expanded')).toBe('true');

    // Embed: a modal over the panel; Esc closes the dialog only, and focus is back on Embed.
    await panel.getByRole('button', { name: 'Embed' }).click();
    const embed = page.getByRole('dialog', { name: 'Embed this timeline in a course website' });
    await embed.waitFor();
    expect(await pressable(page, '.embed-dialog select')).toBe(true);
    await page.keyboard.press('Escape');
    await embed.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Embed');
    expect(await more.getAttribute('aria-expanded')).toBe('true');

    // Load your own timeline: the same.
    await panel.getByRole('button', { name: 'Load your own timeline' }).click();
    const load = page.getByRole('dialog', { name: 'Load your own timeline' });
    await load.waitFor();
    expect(await pressable(page, '.import-dialog input[type="url"]')).toBe(true);
    await page.keyboard.press('Escape');
    await load.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Load your own timeline');

    // Esc closes the panel and returns focus to "More".
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await focusedText(page)).toMatch(/^More/);

    // Theme and language, from the panel.
    await more.click();
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await panel.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    expect(await page.getByRole('button', { name: '更多' }).getAttribute('aria-expanded')).toBe('true');

    // A press outside (on the timeline) closes it.
    await page.locator('.timeline-svg').click({ position: { x: 5, y: 5 } });
    expect(await page.getByRole('button', { name: '更多' }).getAttribute('aria-expanded')).toBe('false');

    // The tour picker starts a presentation.
    await page.getByRole('button', { name: '更多' }).click();
    const tours = page.locator('.more-panel .tour-picker select');
    const firstTour = await tours.locator('option').nth(1).getAttribute('value');
    await tours.selectOption(firstTour!);
    await page.waitForSelector('.app.presenting');
  });

  it('has no axe violation with the panel open, in English and in Chinese', async () => {
    for (const query of ['', '?lang=zh']) {
      const context = await suite.browser.newContext({ bypassCSP: true, viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}${query}`);
      await page.waitForSelector(FIRST_MARKS);
      await page.locator('.more-toggle').click();
      await page.waitForSelector('.more-panel:not([hidden])');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('changes nothing on a wide screen: no "More", the actions in one row', async () => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await open('', size);
      expect(await page.locator('.more-toggle').count()).toBe(0);
      const row = page.getByRole('group', { name: 'Present, export, embed and theme' });
      const names = await row.locator('button, select').evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el.tagName === 'SELECT' ? `select:${el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : ''}` : el.textContent?.trim())),
      );
      expect(names).toEqual(['Present', 'select:Present a tour', 'Export ▾', 'Embed', 'Load your own timeline', 'select:Theme', 'English', '中文']);
      const tops = await row.locator('button, select').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.top + r.height / 2));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(4);
      expect(await firstMarkTop(page)).toBeLessThan(size.height);
    }
  });
});
