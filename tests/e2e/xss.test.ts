/**
 * Hostile data, in Chromium: an XSS corpus in every text field and link of an imported dataset.
 * No script runs (a page flag stays unset), no unsafe href reaches the DOM, no CSP violation,
 * in the timeline, the details, the list view and presentation mode.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser, watchCsp, openPage, useBrowserSuite } from './browser';

const FLAG = 'window.__xss=1';
const payloads = [
  `<img src=x onerror="${FLAG}">`,
  `<svg onload="${FLAG}">`,
  `"><script>${FLAG}</script>`,
  `JaVaScRiPt:${FLAG}`,
  `java\tscript:${FLAG}`,
  `java\nscript:${FLAG}`,
  ` &#106;avascript:${FLAG}`,
  `data:text/html,<script>${FLAG}</script>`,
  `vbscript:msgbox(1)`,
];
const p = (i: number) => payloads[i % payloads.length]!;

function hostileDataset() {
  const events = payloads.map((payload, i) => ({
    id: `e${i}`,
    title: `Event ${i} ${payload}`,
    start: `${1990 + i}`,
    category: i % 2 ? 'c1' : 'c2',
    summary: `Summary ${p(i + 1)} ${p(i + 2)}`,
    footnotes: [1 + (i % 3)],
    section: p(i + 3),
    dateSource: p(i + 4),
    url: p(i),
  }));
  return {
    source: { title: `Hostile ${p(0)}`, authors: [p(1)], journal: p(2), doi: p(3) },
    categories: [
      { id: 'c1', label: `Cat ${p(0)}`, description: p(1) },
      { id: 'c2', label: `Cat ${p(2)}`, description: p(3) },
    ],
    events,
    eras: [{ id: 'era', label: `Era ${p(1)}`, start: '1990', end: '1995', description: p(4), footnotes: [1] }],
    footnotes: [1, 2, 3].map((n) => ({ n, refs: [`r${n}`, `bad${n}`], note: `Note ${p(n)}`, citation: p(n + 1) })),
    references: [
      ...[1, 2, 3].map((n) => ({ id: `r${n}`, key: `Key ${n} ${p(n)}`, authors: [{ family: p(n), given: p(n + 1) }, { literal: p(n + 2) }], year: 2000 + n, title: `Title ${p(n)}`, titleOriginal: p(n + 3), container: p(n + 4), note: p(n + 5), url: `https://example.org/${n}?q=${encodeURIComponent(p(n))}` })),
      ...[1, 2, 3].map((n) => ({ id: `bad${n}`, key: `Bad ${n}`, authors: [], year: 2000, title: `Bad link ${n}`, url: p(n + 2) })),
    ],
  };
}

describe.skipIf(!hasBrowser)('hostile data in Chromium', () => {
  const suite = useBrowserSuite();

  it('runs no script, renders no unsafe link and violates no CSP rule in any view', async () => {
    const { page, context, consoleErrors, outsideRequests } = await openPage(suite.browser);
    const violations = await watchCsp(page);
    await page.route('**/fixtures/hostile.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostileDataset()) }));
    await page.goto(`${suite.server.url}?data=fixtures/hostile.json`);
    await expect.poll(() => page.locator('.import-banner').count()).toBe(1);
    await page.locator('.import-banner summary').click().catch(() => undefined);

    const unsafeHrefs = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[href], [src], [xlink\\:href]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('xlink:href') ?? '')
          .filter((href) => /^\s*(javascript|data:text|vbscript)/i.test(href.replace(/[\t\n\r]/g, ''))),
      );
    const flag = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);

    const states: string[] = [];
    const check = async (state: string) => {
      states.push(state);
      expect(await flag(), state).toBe(0);
      expect(await unsafeHrefs(), state).toEqual([]);
      expect(await page.locator('img, script:not([src]), iframe, object, embed').count(), state).toBe(0);
    };

    await check('timeline with report');
    const marks = page.locator('.timeline-svg .mark');
    expect(await page.locator('.timeline-svg [data-event-id]').count()).toBe(payloads.length);
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).click();
      await page.waitForSelector('aside');
      await check(`details of mark ${i}`);
    }
    // The payloads are there, shown as the text they are.
    expect(await page.locator('aside').innerText()).toMatch(/onerror|onload|script/);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await check('list view');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.keyboard.press('PageDown');
    await check('presentation');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await check('print');

    expect(states.length).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
