/**
 * Presentation mode in real Chromium, on the production build served from a
 * sub-path: a teacher walks every event with a clicker (PageDown), opens a
 * tour link, enters with P and leaves with Esc. Every page counts console
 * errors and outside requests: both zero.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations, hashParams, idsByDate, scs } from './helpers';
import { formatDateRange } from '../../src/data/formatDate';

const event = (id: string) => scs.events.find((e) => e.id === id)!;
const categoryLabel = (id: string) => scs.categories.find((c) => c.id === id)!.label;

/** What the slide must say of an event's sources, from the data: its footnote numbers and the keys of the works they cite. */
function expectedSources(id: string): { where: string; works: string[] } {
  const e = event(id);
  if (e.footnotes.length === 0) return { where: `Section ${e.section} of the article`, works: [] };
  const works = e.footnotes.flatMap((n) => scs.footnotes.find((f) => f.n === n)?.refs ?? []).map((ref) => scs.references.find((r) => r.id === ref)!.key);
  return { where: `${e.footnotes.length === 1 ? 'Footnote' : 'Footnotes'} ${e.footnotes.join(', ')}`, works: [...new Set(works)] };
}

async function slideText(page: Page) {
  return page.locator('article.slide').evaluate((slide) => ({
    date: slide.querySelector('.slide-date')?.textContent ?? '',
    title: slide.querySelector('h2')?.textContent ?? '',
    category: slide.querySelector('.slide-category')?.textContent ?? '',
    source: slide.querySelector('.slide-source')?.textContent ?? '',
    id: slide.getAttribute('data-event-id'),
  }));
}

const progress = (page: Page) => page.locator('.presentation-progress [aria-hidden="true"]').textContent();

describe.skipIf(!hasBrowser)('presentation mode in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(hash: string, options: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference' } = {}) {
    const watched = await suite.watch({ width: 1280, height: 720, ...options });
    await watched.page.goto(`${suite.server.url}${hash}`);
    // A presentation link shows the timeline for a moment first (until the address is read and the mode fetched).
    await watched.page.waitForSelector(hash.includes('mode=present') ? 'article.slide' : 'article.slide, .timeline-svg [data-event-id]');
    return watched.page;
  }

  it('walks EVERY event in date order with PageDown, each slide with its date, title, category and sources', async () => {
    const page = await open('#mode=present', { reducedMotion: 'reduce' });
    const ids = idsByDate();
    for (const [i, id] of ids.entries()) {
      await expect.poll(async () => (await slideText(page)).id).toBe(id);
      const e = event(id);
      const slide = await slideText(page);
      expect(slide.title).toBe(e.title);
      expect(slide.date).toBe(formatDateRange(e.start, e.end, e.approximate));
      if (e.approximate) expect(slide.date).toMatch(/^about /);
      expect(slide.category).toBe(categoryLabel(e.category));
      const { where, works } = expectedSources(id);
      expect(slide.source.startsWith(where)).toBe(true);
      for (const work of works.slice(0, 4)) expect(slide.source).toContain(work);
      if (works.length > 4) expect(slide.source).toContain(`and ${works.length - 4} more`);
      expect(await progress(page)).toBe(`${i + 1} / ${ids.length}`);
      await page.keyboard.press('PageDown');
    }
    // The last slide stays the last.
    await page.keyboard.press('PageDown');
    expect((await slideText(page)).id).toBe(ids.at(-1));
    await expect.poll(async () => (await hashParams(page)).event).toBe(ids.at(-1));
    expect((await hashParams(page)).mode).toBe('present');
  });

  it('steps back with PageUp, ← and Back, and every step is in the address', async () => {
    const ids = idsByDate();
    const page = await open(`#mode=present&event=${ids[10]}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[12]);
    await expect.poll(async () => (await hashParams(page)).event).toBe(ids[12]);
    await page.goBack();
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[11]);
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[10]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[9]);
    await page.keyboard.press('End');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[0]);
  });

  it('presents a tour link: only its three events, in its order', async () => {
    const tour = ['suzhou-civility-score-2020', 'state-council-notice-1990', 'scs-planning-outline-2014'];
    const page = await open(`#mode=present&tour=${tour.join(',')}`);
    expect(await progress(page)).toBe('1 / 3');
    expect(await page.locator('.presentation-progress .visually-hidden').textContent()).toBe('Slide 1 of 3');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push((await slideText(page)).title);
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(50);
    }
    expect(seen).toEqual([...tour, tour[2]!].map((id) => event(id).title));
    expect(await progress(page)).toBe('3 / 3');
    await page.getByRole('button', { name: 'Previous' }).click();
    expect(await progress(page)).toBe('2 / 3');
  });

  it('presents only the filtered events of a link', async () => {
    const expected = idsByDate().filter((id) => event(id).category === 'controversy');
    const page = await open('#mode=present&cat=controversy');
    expect(await progress(page)).toBe(`1 / ${expected.length}`);
    expect((await slideText(page)).id).toBe(expected[0]);
  });

  it('enters with P and leaves with Esc, back on the timeline at the same event with its mark focused', async () => {
    const page = await open('');
    await page.keyboard.press('p');
    await page.waitForSelector('article.slide');
    const ids = idsByDate();
    expect((await slideText(page)).id).toBe(ids[0]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await slideText(page)).id).toBe(ids[5]);
    // Full screen may be refused (headless, frames): quietly.
    const fullScreen = page.getByRole('button', { name: 'Full screen' });
    if (await fullScreen.count()) await fullScreen.click();
    await page.keyboard.press('Escape');
    if (await page.locator('article.slide').count()) await page.keyboard.press('Escape'); // the first Esc may only leave full screen
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await page.locator('article.slide').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'))).toBe(ids[5]);
    expect(await page.evaluate(() => document.activeElement?.closest('.timeline-svg') !== null)).toBe(true);
    await expect.poll(async () => (await hashParams(page)).mode).toBeUndefined();
    expect((await hashParams(page)).event).toBe(ids[5]);
    // The Present button starts again on that event.
    await page.getByRole('button', { name: 'Present' }).click();
    expect((await slideText(page)).id).toBe(ids[5]);
  });

  it('does not start on P typed into the search box', async () => {
    const page = await open('');
    await page.getByRole('searchbox').press('p');
    expect(await page.getByRole('searchbox').inputValue()).toBe('p');
    await page.waitForTimeout(100);
    expect(await page.locator('article.slide').count()).toBe(0);
  });

  it('is readable from the back of a classroom at 1920×1080: body text at least 28 px, the title larger', async () => {
    const page = await open('#mode=present&event=scs-launch-after-huang-wenyun-letter-1999', { width: 1920, height: 1080 });
    const sizes = await page.evaluate(() => {
      const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      const stage = document.querySelector('.presentation-stage')!;
      return {
        summary: px('.slide-summary'),
        date: px('.slide-date'),
        category: px('.slide-category'),
        source: px('.slide-source'),
        title: px('.slide-title'),
        fits: stage.scrollHeight <= stage.clientHeight,
      };
    });
    for (const body of [sizes.summary, sizes.date, sizes.category, sizes.source]) expect(body).toBeGreaterThanOrEqual(28);
    expect(sizes.title).toBeGreaterThan(sizes.summary * 1.3);
    expect(sizes.fits).toBe(true);
    // Buttons are at least 44 px.
    for (const name of ['Previous', 'Next', 'Exit']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  });

  it('fits the longest slide without scrolling at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [[1280, 720], [1024, 768]] as const) {
      const page = await open('#mode=present&event=scs-launch-after-huang-wenyun-letter-1999', { width, height });
      const fits = await page.evaluate(() => {
        const stage = document.querySelector('.presentation-stage')!;
        return stage.scrollHeight <= stage.clientHeight && document.documentElement.scrollWidth <= window.innerWidth;
      });
      expect(fits).toBe(true);
    }
  });

  it('moves the timeline smoothly (within 600 ms) to each event, and at once under reduced motion', async () => {
    const page = await open('#mode=present&event=state-council-notice-1990');
    const label = () => page.locator('.presentation-strip svg').getAttribute('aria-label');
    const before = await label();
    await page.keyboard.press('End');
    await page.waitForTimeout(700);
    const after = await label();
    expect(after).not.toBe(before);
    expect(after).toMatch(/20(1|2)\d/);
    const reduced = await open('#mode=present&event=state-council-notice-1990', { reducedMotion: 'reduce' });
    await reduced.keyboard.press('End');
    await reduced.waitForTimeout(30);
    expect(await reduced.locator('.presentation-strip svg').getAttribute('aria-label')).toBe(after);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violation in presentation mode (${colorScheme})`, async () => {
      const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 }, colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${suite.server.url}#mode=present&event=ndrc-moral-scores-incentive-only-2019`);
      await page.waitForSelector('article.slide');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('End');
      await page.waitForTimeout(700);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
