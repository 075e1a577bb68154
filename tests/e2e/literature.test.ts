/**
 * The article's lens in real Chromium: the cited works under the axis, the
 * publications histogram, a work's panel, and rows by the article's
 * sections; all in the URL, so a link reopens the same view. Every page
 * counts console errors and outside requests: both zero.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, useBrowserSuite } from './browser';
import { hashParams, scs } from './helpers';

describe.skipIf(!hasBrowser)('the literature lane and section rows in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(hash: string, options: { width?: number; height?: number } = {}) {
    const watched = await suite.watch({ width: 1280, height: 720, reducedMotion: 'reduce', ...options });
    await watched.page.goto(`${suite.server.url}${hash}`);
    await watched.page.waitForSelector('.timeline-svg [data-event-id]');
    return watched.page;
  }

  it('shows the cited works on a click, keeps them in the link, and a click on a work opens it', async () => {
    const page = await open('');
    await page.getByRole('button', { name: 'Cited works' }).click();
    await page.waitForSelector('.literature [data-work-id]');
    await expect.poll(async () => (await hashParams(page)).lane).toBe('literature');

    const work = page.locator('.literature [data-work-id]').last();
    const id = (await work.getAttribute('data-work-id'))!;
    const reference = scs.references.find((r) => r.id === id)!;
    await work.click();
    const panel = page.getByRole('complementary', { name: reference.title });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(async () => (await hashParams(page)).work).toBe(id);
    const citing = scs.footnotes.filter((f) => f.refs.includes(id)).map((f) => String(f.n));
    expect(await panel.locator('[data-footnote]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-footnote')))).toEqual(citing.sort((a, b) => Number(a) - Number(b)));

    // The link reopens exactly this: lane shown, work open.
    const again = await open(`#${new URL(page.url()).hash.slice(1)}`);
    await again.waitForSelector('.work-panel');
    expect(await again.locator('.work-panel h2').textContent()).toBe(reference.title);

    // Esc closes the work and gives focus back to its mark.
    await again.locator('.work-panel h2').focus();
    await again.keyboard.press('Escape');
    await expect.poll(() => again.locator('.work-panel').count()).toBe(0);
    await expect.poll(() => again.evaluate(() => document.activeElement?.getAttribute('data-work-id') ?? null)).toBe(id);
  });

  it('highlights the works behind the selected event, and a work lights up the events it supports', async () => {
    const page = await open('#lane=literature&event=scs-planning-outline-2014');
    await page.waitForSelector('.literature .work.behind');
    const event = scs.events.find((e) => e.id === 'scs-planning-outline-2014')!;
    const behind = new Set(scs.footnotes.filter((f) => event.footnotes.includes(f.n)).flatMap((f) => f.refs));
    const highlighted = await page.locator('.literature .work.behind').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-work-id')));
    expect(highlighted.length).toBeGreaterThan(0);
    for (const id of highlighted) expect(behind.has(id!)).toBe(true);

    await page.locator('.literature .work.behind').first().click();
    await page.waitForSelector('.work-panel');
    await expect.poll(() => page.locator('.mark.related').count()).toBeGreaterThan(0);
    const related = await page.locator('.mark.related').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
    expect(related).toContain('scs-planning-outline-2014');
  });

  it('draws the publications per year with the surge of Western coverage after 2016', async () => {
    const page = await open('#lane=literature');
    // The histogram comes with the lane's chunk, a moment after the marks.
    await page.waitForSelector('.histogram-chart [data-year]', { state: 'attached' });
    const bars = await page.locator('.histogram-chart [data-year]').evaluateAll((nodes) =>
      nodes.map((n) => ({ year: Number(n.getAttribute('data-year')), western: n.querySelectorAll('[data-kind="western-media"]').length, total: Number(n.getAttribute('data-total')) })),
    );
    expect(bars.reduce((sum, b) => sum + b.total, 0)).toBe(scs.references.filter((r) => r.year !== null || r.date).length);
    expect(bars.filter((b) => b.year > 2016 && b.western > 0).length).toBeGreaterThan(bars.filter((b) => b.year <= 2016 && b.western > 0).length);
  });

  it('groups the rows by the article’s sections from the control and from the link, each band titled', async () => {
    const page = await open('');
    await page.getByRole('button', { name: 'Article section' }).click();
    await expect.poll(async () => (await hashParams(page)).group).toBe('section');
    const titles = await page.locator('.band-title').allTextContents();
    expect(titles.length).toBeGreaterThan(2);
    // Bands do not overlap: each band's title sits below the previous band's top.
    const tops = await page.locator('.band-bg').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);
    const again = await open('#group=section');
    expect(await again.locator('.band-title').allTextContents()).toEqual(titles);
  });
});
