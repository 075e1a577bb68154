/**
 * The dataset's tours in real Chromium, on the production build served from a
 * sub-path: a teacher picks "The six milestones" next to Present, walks its
 * six slides with their captions, switches tour from the top bar, and a tour
 * link of the same ids shows the same captions. Every page counts console
 * errors and outside requests: both zero.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations, hashParams, scs } from './helpers';

const tour = (id: string) => scs.tours!.find((t) => t.id === id)!;
const six = tour('six-milestones');
const west = tour('how-the-west-saw-it');
const idsOf = (t: typeof six) => t.steps.map((s) => s.event);
const SIX = [
  'trustworthiness-pilots-1984',
  'state-council-notice-1990',
  'social-credit-system-concept-2002',
  'scs-planning-outline-2014',
  'ndrc-moral-scores-incentive-only-2019',
  'suzhou-civility-score-2020',
];

async function slide(page: Page) {
  return page.locator('article.slide').evaluate((node) => ({
    id: node.getAttribute('data-event-id'),
    caption: node.querySelector('.slide-caption')?.textContent ?? null,
    summary: node.querySelector('.slide-summary')?.textContent ?? '',
  }));
}

const progress = (page: Page) => page.locator('.presentation-progress [aria-hidden="true"]').textContent();

describe.skipIf(!hasBrowser)('tours in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(hash: string, options: { width?: number; height?: number } = {}) {
    const watched = await suite.watch({ width: 1280, height: 720, reducedMotion: 'reduce', ...options });
    await watched.page.goto(`${suite.server.url}${hash}`);
    await watched.page.waitForSelector('article.slide, .timeline-svg [data-event-id]');
    return watched.page;
  }

  it('presents "The six milestones" from the picker next to Present: exactly those six, in order, each with its caption', async () => {
    expect(idsOf(six)).toEqual(SIX);
    const page = await open('');
    const picker = page.getByRole('combobox', { name: 'Present a tour' });
    await picker.selectOption({ label: 'The six milestones' });
    await page.waitForSelector('article.slide');
    expect(await progress(page)).toBe('1 / 6');
    await expect.poll(() => page.locator('.presentation-tour').textContent()).toBe('Tour: The six milestones');
    const seen: string[] = [];
    for (const [i, step] of six.steps.entries()) {
      await expect.poll(async () => (await slide(page)).id).toBe(step.event);
      const shown = await slide(page);
      seen.push(shown.id!);
      expect(shown.caption).toBe(step.caption);
      expect(await page.locator('.slide-caption').isVisible()).toBe(true);
      expect(shown.summary).toBe(scs.events.find((e) => e.id === step.event)!.summary);
      expect(await progress(page)).toBe(`${i + 1} / 6`);
      await page.keyboard.press('PageDown');
    }
    expect(seen).toEqual(SIX);
    // The last slide stays the last; the link is the ordinary tour link.
    expect((await slide(page)).id).toBe(SIX.at(-1));
    await expect.poll(async () => (await hashParams(page)).tour).toBe(SIX.join(','));
    expect((await hashParams(page)).mode).toBe('present');
  });

  it('shows the captions for a tour link with the same ids, and switches tour from the top bar', async () => {
    const page = await open(`#mode=present&tour=${SIX.join(',')}`);
    expect(await progress(page)).toBe('1 / 6');
    expect((await slide(page)).caption).toBe(six.steps[0]!.caption);
    const picker = page.getByRole('combobox', { name: 'Present a tour' });
    expect(await picker.inputValue()).toBe('six-milestones');
    await picker.selectOption({ label: 'How the West saw it' });
    await expect.poll(async () => (await slide(page)).id).toBe(west.steps[0]!.event);
    expect(await progress(page)).toBe(`1 / ${west.steps.length}`);
    expect((await slide(page)).caption).toBe(west.steps[0]!.caption);
    await expect.poll(async () => (await hashParams(page)).tour).toBe(idsOf(west).join(','));
  });

  it('shows no caption for a tour link that is no data tour', async () => {
    const page = await open(`#mode=present&tour=${SIX.slice(0, 2).join(',')}`);
    expect(await progress(page)).toBe('1 / 2');
    expect((await slide(page)).caption).toBeNull();
    expect(await page.locator('.presentation-tour').count()).toBe(0);
  });

  it('fits every step of every tour on the slide at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [[1280, 720], [1024, 768]] as const) for (const t of scs.tours!) {
      const page = await open(`#mode=present&tour=${idsOf(t).join(',')}`, { width, height });
      for (const step of t.steps) {
        await expect.poll(async () => (await slide(page)).id).toBe(step.event);
        const fits = await page.evaluate(() => {
          const stage = document.querySelector('.presentation-stage')!;
          return stage.scrollHeight <= stage.clientHeight && document.documentElement.scrollWidth <= window.innerWidth;
        });
        expect(fits, `${width}×${height} ${t.id}: ${step.event}`).toBe(true);
        await page.keyboard.press('PageDown');
      }
    }
  });

  it('has no axe-core violation with the picker in browse mode and on a tour slide', async () => {
    const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Present a tour' }).selectOption({ label: 'From credit to morality and back' });
    await page.waitForSelector('article.slide .slide-caption');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
