/**
 * Bring your own timeline, in Chromium: a ?data= link (good, broken, slow, huge, blocked), a
 * dropped CSV file, a reload that keeps the import, and the way back to the SCS timeline.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { dropFile, scs } from './helpers';

const event = (id: string, start: string, extra: object = {}) => ({ id, title: `Event ${id}`, start, category: 'c', summary: `About ${id}`, footnotes: [], ...extra });
const dataset = (events: object[]) => ({
  source: { title: 'A class timeline' },
  categories: [{ id: 'c', label: 'Things', description: 'Things that happened.' }],
  events,
  footnotes: [],
  references: [],
});
const good = dataset([event('one', '1990'), event('two', '1995-06'), event('three', '2001-09-11')]);
const broken = dataset([event('one', '1990'), event('bad', '1990-13-01'), event('two', '1995-06'), event('three', '2001')]);

describe.skipIf(!hasBrowser)('importing a timeline in Chromium', () => {
  const suite = useBrowserSuite();

  /** A page whose fixtures/ folder answers with the given handler (before any other route). */
  async function open(query: string, fixtures: Record<string, (route: import('playwright-core').Route) => Promise<void>> = {}) {
    const watched = await suite.watch();
    for (const [name, handler] of Object.entries(fixtures)) await watched.page.route(`**/fixtures/${name}`, handler);
    await watched.page.goto(`${suite.server.url}${query}`);
    return watched.page;
  }
  const json = (body: unknown) => async (route: import('playwright-core').Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  const marks = (page: Page) => page.locator('.timeline-svg [data-event-id]');

  it('loads a good dataset from ?data=, and goes back to the SCS timeline', async () => {
    const page = await open('?data=fixtures/good.json', { 'good.json': json(good) });
    await expect.poll(() => marks(page).count()).toBe(3);
    const banner = page.locator('.import-banner');
    expect(await banner.innerText()).toContain('All 3 events loaded');
    expect(await banner.innerText()).toContain('A class timeline');
    await page.getByRole('button', { name: 'Back to the SCS timeline' }).click();
    await expect.poll(() => marks(page).count()).toBe(scs.events.length);
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  it('shows what loaded from a broken dataset and lists what was skipped, with its path and reason', async () => {
    const page = await open('?data=fixtures/broken.json', { 'broken.json': json(broken) });
    await expect.poll(() => marks(page).count()).toBe(3);
    const banner = page.locator('.import-banner');
    expect(await banner.innerText()).toContain('3 of 4 events loaded, 1 skipped');
    await banner.locator('summary').click();
    expect(await banner.innerText()).toContain('events[1].start: "1990-13-01" is not a date');
  });

  it('keeps the SCS timeline and says why when a server is too slow, and offers a retry', async () => {
    const page = await open('?data=fixtures/slow.json', {
      'slow.json': async (route) => {
        await new Promise((done) => setTimeout(done, 11_500));
        await route.fulfill({ status: 200, body: '{}' }).catch(() => undefined);
      },
    });
    await expect.poll(() => page.locator('.import-error').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.import-error').innerText()).toContain('did not answer within 10 seconds');
    expect(await marks(page).count()).toBe(scs.events.length);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  }, 30_000);

  it('refuses a file larger than 5 MB while it downloads', async () => {
    const big = `{"events": [${'"x",'.repeat(1_600_000)}"x"]}`;
    const page = await open('?data=fixtures/huge.json', { 'huge.json': async (route) => route.fulfill({ status: 200, contentType: 'application/json', body: big }) });
    await expect.poll(() => page.locator('.import-error').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.import-error').innerText()).toContain('larger than 5 MB');
    expect(await marks(page).count()).toBe(scs.events.length);
  });

  it('refuses a plain http: address without requesting it', async () => {
    const page = await open('?data=http%3A%2F%2Fexample.org%2Fdata.json');
    await expect.poll(() => page.locator('.import-error').count()).toBe(1);
    expect(await page.locator('.import-error').innerText()).toContain('http: is not encrypted');
  });

  it('loads a dropped CSV file, keeps it across a reload, and forgets it on the way back', async () => {
    const page = await open('');
    await expect.poll(() => marks(page).count()).toBe(scs.events.length);
    const csv = '\uFEFFid;title;start;category;summary\r\na;"First; with a separator";1984;x;"Line one\nline two"\r\nb;Second;1990-13-01;x;bad date\r\nc;Third;2002;x;ok\r\n';
    await dropFile(page, 'class.csv', csv);
    await expect.poll(() => marks(page).count()).toBe(2);
    const banner = page.locator('.import-banner');
    expect(await banner.innerText()).toContain('2 of 3 events loaded, 1 skipped');
    await banner.locator('summary').click();
    expect(await banner.innerText()).toMatch(/line 4: .*"1990-13-01" is not a date/);
    await page.reload();
    await expect.poll(() => marks(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Back to the SCS timeline' }).click();
    await expect.poll(() => marks(page).count()).toBe(scs.events.length);
    await page.reload();
    await expect.poll(() => marks(page).count()).toBe(scs.events.length);
  });

  it('loads pasted TimelineJS data from the dialog', async () => {
    const page = await open('');
    await page.getByRole('button', { name: 'Load your own timeline' }).click();
    const tl = { title: { text: { headline: 'Pasted' } }, events: [{ start_date: { year: '1990', month: '3' }, text: { headline: 'A <b>bold</b> start', text: '<p>Some &amp; more</p>' } }] };
    await page.getByLabel('Or paste the data').fill(JSON.stringify(tl));
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await expect.poll(() => marks(page).count()).toBe(1);
    expect(await marks(page).first().getAttribute('aria-label')).toContain('March 1990. A bold start.');
  });
});
