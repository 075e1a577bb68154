/**
 * The interactive timeline in real Chromium, on the production build served
 * from a sub-path: what a person does with a mouse, a keyboard, a link and a
 * phone. Every page counts console errors and outside requests: both zero.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, useBrowserSuite } from './browser';
import { gesturesReady, hashParams, idsByDate, scs, tickLabels } from './helpers';
import { createSearchIndex } from '../../src/data/search';

describe.skipIf(!hasBrowser)('the interactive timeline in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(hash = '', size: { width: number; height: number } = { width: 1280, height: 720 }) {
    const watched = await suite.watch(size);
    await watched.page.goto(`${suite.server.url}${hash}`);
    await watched.page.waitForSelector('.timeline-svg [data-event-id], .list-view');
    return watched.page;
  }

  it('zooms with the wheel around the pointer, and the ticks go from years to months and days', async () => {
    const page = await open();
    await gesturesReady(page);
    expect(await tickLabels(page)).toContain('1990');
    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    // Fit all shows about 1977 to 2024, so the plot's centre, under the pointer, is about 2000.
    const centreYear = 2000.5;
    await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect.poll(async () => page.locator('.axis .axis-context').count()).toBeGreaterThan(0);
    expect((await tickLabels(page)).every((label) => !/^\d{4}$/.test(label))).toBe(true);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await page.locator('.axis .axis-context').allTextContents()).some((l) => /^[A-Z][a-z]+ \d{4}$/.test(l))).toBe(true);
    await expect.poll(async () => (await hashParams(page)).from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { from: f, to: t } = await hashParams(page);
    const years = (iso: string) => Number(iso.slice(0, 4)) + (Number(iso.slice(5, 7)) - 1) / 12;
    expect(Math.abs((years(f!) + years(t!)) / 2 - centreYear)).toBeLessThan(1.5);
  });

  it('pans with a drag, and the zoom buttons zoom and fit all', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await hashParams(page)).from).toBeTruthy();
    const from = (await hashParams(page)).from!;
    await gesturesReady(page);
    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(svg.x + svg.width * 0.7, svg.y + svg.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(svg.x + svg.width * 0.3, svg.y + svg.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await hashParams(page)).from! > from).toBe(true);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await hashParams(page)).from).toBeUndefined();
  });

  it('walks through every event in date order with the arrow keys, from one tab stop', async () => {
    const page = await open();
    await page.locator('.timeline-svg [tabindex="0"]').first().focus();
    expect(await page.locator('.timeline-svg [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Home');
    const expected = idsByDate();
    const seen: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null), { timeout: 5000 }).toBe(expected[i]);
      seen.push(expected[i]!);
      if (i < expected.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(expected);
    // The focused mark is on screen: the view followed it.
    const box = await page.evaluate(() => (document.activeElement as SVGGElement).getBoundingClientRect().toJSON());
    expect(box.x + box.width).toBeGreaterThan(0);
    expect(box.x).toBeLessThan(1280);
  });

  it('opens the details with Enter and closes them with Esc, returning focus to the mark', async () => {
    const page = await open();
    await page.locator('.timeline-svg [tabindex="0"]').first().focus();
    await page.keyboard.press('Home');
    const first = idsByDate()[0]!;
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(first);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(first);
  });

  it('opens a deep link to the 1990 notice with footnote 45 and its cited work, and Back restores the previous selection', async () => {
    const page = await open('#event=state-council-notice-1990');
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.count()).toBe(1);
    const text = await panel.innerText();
    expect(text).toContain('26 March 1990');
    expect(text).toContain('Footnote 45');
    expect(text).toContain('国务院关于在全国范围内开展清理\'三角债\'工作的通知');
    expect(text).toContain('N° (1990)19');
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await hashParams(page)).event).not.toBe('state-council-notice-1990');
    const next = (await hashParams(page)).event;
    expect(next).toBe(idsByDate()[idsByDate().indexOf('state-council-notice-1990') + 1]);
    await page.goBack();
    await expect.poll(async () => (await hashParams(page)).event).toBe('state-council-notice-1990');
    await expect.poll(() => page.getByRole('complementary').innerText()).toContain('26 March 1990');
  });

  it('restores the window, categories, search and list view from a link', async () => {
    const page = await open('#from=2008-01-01&to=2012-12-31&cat=controversy,local-experiment&q=Pujiang&view=list');
    const matches = createSearchIndex(scs).match('Pujiang')!;
    const expected = scs.events.filter((e) => matches.has(e.id) && ['controversy', 'local-experiment'].includes(e.category));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(expected.length);
    expect(await page.locator('table tbody').innerText()).toContain('Pujiang');
    expect(await page.getByRole('searchbox').inputValue()).toBe('Pujiang');
    expect(await page.locator('.legend [aria-pressed="true"]').count()).toBe(2);
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const labels = [...(await tickLabels(page)), ...(await page.locator('.axis .axis-context').allTextContents())];
    expect(labels).toContain('2010');
    expect(labels).not.toContain('1990');
  });

  it('falls back to defaults for a link with nonsense in it', async () => {
    const page = await open('#event=nope&from=1990-13-01&to=banana&cat=%ZZ&q=&view=gallery');
    expect(await page.locator('.timeline-svg [data-event-id]').count()).toBe(scs.events.length);
    expect(await page.getByRole('complementary').count()).toBe(0);
  });

  it('shows the list view as a table whose rows select events', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(scs.events.length);
    await page.getByRole('button', { name: scs.events.find((e) => e.id === 'state-council-notice-1990')!.title }).click();
    await expect.poll(() => page.getByRole('complementary').innerText()).toContain('Footnote 45');
    expect((await hashParams(page)).view).toBe('list');
  });

  it('filters by search and category, and says how many match', async () => {
    const page = await open();
    await page.getByRole('searchbox').fill('Suzhou');
    await expect.poll(() => page.locator('.search-count').innerText()).toMatch(/^\d+ of 46 events$/);
    const shown = Number((await page.locator('.search-count').innerText()).split(' ')[0]);
    expect(await page.locator('.timeline-svg [data-event-id]').count()).toBe(shown);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: /^Controversies/ }).click();
    const controversies = scs.events.filter((e) => e.category === 'controversy').length;
    await expect.poll(() => page.locator('.timeline-svg [data-event-id]').count()).toBe(scs.events.length - controversies);
  });

  it('collapses dense groups into badges that zoom in on click', async () => {
    const page = await open();
    // At first every event is drawn, as a mark or as a trace inside a badge.
    expect(await page.locator('.timeline-svg [data-event-id]').count()).toBe(scs.events.length);
    const badge = page.locator('.cluster').last();
    const members = await badge.locator('[data-event-id]').evaluateAll((rugs) => rugs.map((r) => r.getAttribute('data-event-id')!));
    expect(Number(await badge.getAttribute('data-cluster-size'))).toBe(members.length);
    await badge.click();
    await expect.poll(async () => (await hashParams(page)).from).toBeTruthy();
    // The badge's events are now marks of their own, or in smaller badges.
    const marks = await page.locator('.timeline-svg .mark').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-event-id')!));
    const shownAsMarks = members.filter((id) => marks.includes(id));
    expect(shownAsMarks.length).toBeGreaterThan(0);
    for (const id of members) expect(await page.locator(`.timeline-svg [data-event-id="${id}"]`).count(), id).toBe(1);
  });

  it('moves the window by dragging the overview', async () => {
    const page = await open('#from=1985-01-01&to=1995-12-31');
    await page.locator('.overview').scrollIntoViewIfNeeded();
    const overview = (await page.locator('.overview').boundingBox())!;
    const windowBox = (await page.locator('.overview-window').boundingBox())!;
    await page.mouse.move(windowBox.x + windowBox.width / 2, windowBox.y + windowBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(windowBox.x + windowBox.width / 2 + overview.width * 0.3, windowBox.y + windowBox.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => Number((await hashParams(page)).from?.slice(0, 4))).toBeGreaterThan(1995);
  });

  it('zooms in on a double-click', async () => {
    const page = await open();
    await gesturesReady(page);
    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.dblclick(svg.x + svg.width * 0.25, svg.y + 8);
    await expect.poll(async () => (await hashParams(page)).from).toBeTruthy();
    const { from, to } = await hashParams(page);
    const years = (Date.parse(to!) - Date.parse(from!)) / (365.25 * 864e5);
    expect(years).toBeGreaterThan(20);
    expect(years).toBeLessThan(26);
  });

  it('zooms with a two-finger pinch on a touch screen', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await page.waitForSelector('.timeline-svg [data-event-id]');
    await gesturesReady(page);
    await page.evaluate(() => document.querySelector('.timeline-svg')!.scrollIntoView({ block: 'center' }));
    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const y = svg.y + svg.height / 2;
    const cx = svg.x + svg.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - d, y, id: 1 },
          { x: cx + d, y, id: 2 },
        ],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 150; d += 20) await touch('touchMove', d);
    await touch('touchEnd', 150);
    await expect.poll(async () => (await hashParams(page)).from, { timeout: 5000 }).toBeTruthy();
    const { from, to } = await hashParams(page);
    expect((Date.parse(to!) - Date.parse(from!)) / (365.25 * 864e5)).toBeLessThan(20);
    await context.close();
  });

  it('fits a phone: no horizontal page scroll, readable text, 44 px targets', async () => {
    const page = await open('', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.height < 36 || r.width < 36)).length,
    );
    expect(small).toBe(0);
  });
});
