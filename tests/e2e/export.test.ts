/**
 * Exports and printing in real Chromium, on the production build: every
 * download is taken from the browser and checked as a file (the SVG parses and
 * carries the title and the credit with the DOI; the PNG is twice the SVG's
 * size; the CSV and JSON hold exactly the filtered events; BibTeX and RIS
 * parse with real parsers), and printing shows the chronology and nothing of
 * the interface. Console errors and outside requests: both zero.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations, idsByDate, scs } from './helpers';
import { validateDataset } from '../../src/data/validate';
import { citedBy, citedFootnoteNumbers, footnotesNumbered, referencesCitedBy } from '../../src/export/cited';
import { EVENT_CSV_COLUMNS } from '../../src/export/eventsCsv';
import { readCsv } from '../support/readCsv';


/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const DATED = /^scs-timeline(-[a-z-]+)?-\d{4}-\d{2}-\d{2}\.[a-z]+$/;
const controversyLabel = scs.categories.find((c) => c.id === 'controversy')!.label;

describe.skipIf(!hasBrowser)('exports and printing in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(hash = '', size = { width: 1280, height: 720 }) {
    const watched = await suite.watch(size);
    await watched.page.goto(`${suite.server.url}${hash}`);
    await watched.page.waitForSelector('.timeline-svg [data-event-id], .list-view');
    return watched.page;
  }

  /** Opens Export, presses one of its buttons and returns the downloaded file. */
  async function download(page: Page, button: string | RegExp): Promise<{ name: string; bytes: Buffer; text: string }> {
    const toggle = page.getByRole('button', { name: 'Export', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    // The panel's content is a chunk fetched on first opening: click its button once it is there and enabled.
    const action = page.getByRole('button', { name: button });
    await action.waitFor({ state: 'visible' });
    await expect.poll(() => action.isEnabled()).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), action.click()]);
    const bytes = readFileSync((await file.path())!);
    const name = file.suggestedFilename();
    expect(name).toMatch(DATED);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).toBe(`Downloaded ${name}`);
    if (process.env.EXPORT_SAVE_DIR) writeFileSync(join(process.env.EXPORT_SAVE_DIR, name), bytes);
    return { name, bytes, text: bytes.toString('utf8') };
  }

  async function hideControversies(page: Page) {
    await page.getByRole('button', { name: new RegExp(`^${controversyLabel}`) }).click();
    await expect.poll(() => page.locator('.timeline-svg [data-event-id]').count()).toBeGreaterThan(0);
  }
  const shownIds = () => idsByDate().filter((id) => scs.events.find((e) => e.id === id)!.category !== 'controversy');

  it('exports the view as a standalone SVG with title, legend, credit and date, and as a PNG at twice its size', async () => {
    const page = await open();
    await hideControversies(page);
    const svg = await download(page, 'SVG image');
    expect(svg.name).toMatch(/^scs-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.text).not.toMatch(/var\(--| style=|tabindex|aria-label=|role="graphics/);

    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        tag: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        title: doc.querySelector('svg > title')?.textContent,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        marks: doc.querySelectorAll('[data-event-id]').length,
      };
    }, svg.text);
    expect(parsed.error).toBeNull();
    expect(parsed.tag).toBe('svg');
    expect(parsed.title).toBe('The sourced timeline of China’s Social Credit System');
    const allText = parsed.texts.join(' ');
    expect(allText).toContain('The sourced timeline of China’s Social Credit System');
    expect(allText).toContain('Source: Bloch, Marylaure (2022)');
    expect(allText).toContain('https://doi.org/10.1515/asia-2021-0019');
    expect(allText).toMatch(/Exported \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(allText).toContain(`${shownIds().length} of ${scs.events.length} events`);
    // The legend lists the categories shown, not the hidden one.
    for (const category of scs.categories) {
      expect(parsed.texts.includes(category.label)).toBe(category.id !== 'controversy');
    }
    // Every mark and badge trace on screen is in the file.
    expect(parsed.marks).toBe(await page.locator('.timeline-svg [data-event-id]').count());

    const png = await download(page, 'PNG image');
    expect(png.name).toMatch(/^scs-timeline-\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    // Not blank: the image has the category colours and text, i.e. many distinct colours.
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    }, png.bytes.toString('base64'));
    expect(colours).toBeGreaterThan(20);
  });

  it('exports a zoomed view in the dark theme with the theme’s own colours and the window it shows', async () => {
    const page = await open('#from=1985-01-01&to=1995-12-31');
    // The link's window is announced a moment after the first render (Timeline's zoom announcement): wait
    // for it, or it may replace the download's announcement that `download` waits for.
    await expect.poll(() => page.getByRole('status').allTextContents()).toContain('Showing 1 January 1985 to 31 December 1995');
    await page.emulateMedia({ colorScheme: 'dark' });
    const svg = await download(page, 'SVG image');
    const exported = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.color = doc.querySelector('svg > rect')!.getAttribute('fill')!;
      const background = getComputedStyle(probe).color;
      probe.remove();
      return { background, page: getComputedStyle(document.documentElement).backgroundColor, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg.text);
    expect(exported.background).toBe(exported.page);
    expect(exported.background).not.toBe('rgb(255, 255, 255)');
    expect(exported.texts.join(' ')).toContain('Showing 1 January 1985 to 31 December 1995');
  });

  it('exports the filtered events as CSV (RFC 4180, BOM, CRLF) and as a JSON dataset that validates', async () => {
    const page = await open();
    await hideControversies(page);
    const expected = shownIds();

    const csv = await download(page, 'Events as CSV');
    expect(csv.name).toMatch(/^scs-timeline-events-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.text.slice(1));
    expect(rows[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
    const notice = rows.find((r) => r[0] === 'state-council-notice-1990')!;
    expect(notice[2]).toBe('1990-03-26');
    expect(notice[7]).toBe('45');
    expect(notice[8]).toContain('state-council-1990');
    expect(notice[9]).toBe('26 March 1990');

    const json = await download(page, 'Events as JSON');
    expect(json.name).toMatch(/^scs-timeline-events-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text) as unknown;
    const { dataset, problems } = validateDataset(data);
    expect(problems).toEqual([]);
    expect(dataset!.events.map((e) => e.id)).toEqual(expected);
    // Only the footnotes the events (and the eras) cite, and only the works those cite.
    const numbers = citedFootnoteNumbers([...dataset!.events, ...(scs.eras ?? []).map((era) => ({ footnotes: era.footnotes ?? [] }))]);
    const cited = footnotesNumbered(scs, numbers);
    const kept = dataset!.footnotes.filter((f) => !(f as { omitted?: boolean }).omitted);
    expect(kept).toEqual(cited);
    expect(dataset!.references.map((r) => r.id)).toEqual(referencesCitedBy(scs, cited).map((r) => r.id));
  });

  it('exports the bibliography, all of it or the works cited by the events shown, as BibTeX and RIS that parsers read', async () => {
    const page = await open();
    await hideControversies(page);
    const citedIds = citedBy(scs, scs.events.filter((e) => e.category !== 'controversy')).references.map((r) => r.id);
    expect(citedIds.length).toBeGreaterThan(0);

    const all = await download(page, `BibTeX, all ${scs.references.length} works`);
    expect(all.name).toMatch(/^scs-timeline-bibliography-\d{4}-\d{2}-\d{2}\.bib$/);
    const library = parseBibtex(all.text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(scs.references.map((r) => r.id));

    const cited = await download(page, /^BibTeX, \d+ works cited/);
    expect(cited.name).toMatch(/^scs-timeline-bibliography-cited-\d{4}-\d{2}-\d{2}\.bib$/);
    expect(parseBibtex(cited.text, { sentenceCase: false }).entries.map((e) => e.key)).toEqual(citedIds);

    const ris = await download(page, `RIS, all ${scs.references.length} works`);
    expect(ris.name).toMatch(/^scs-timeline-bibliography-\d{4}-\d{2}-\d{2}\.ris$/);
    expect(ris.text).toMatch(/^TY {2}- /);
    expect(ris.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(new Cite(ris.text).data.map((e) => e.id)).toEqual(scs.references.map((r) => r.id));

    const risCited = await download(page, /^RIS, \d+ works cited/);
    expect(new Cite(risCited.text).data.map((e) => e.id)).toEqual(citedIds);
  });

  it('opens and closes with the keyboard, returns focus, and offers no image in the list view', async () => {
    const page = await open();
    const toggle = page.getByRole('button', { name: 'Export', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('SVG image');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('PNG image');
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'SVG image' }).count()).toBe(0);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await toggle.click();
    await expect(page.getByRole('button', { name: 'SVG image' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'PNG image' }).isDisabled()).resolves.toBe(true);
    expect(await page.getByText('Images show the timeline').isVisible()).toBe(true);
    // Still works from the list: the events.
    const csv = await download(page, 'Events as CSV');
    expect(readCsv(csv.text.slice(1)).length).toBe(scs.events.length + 1);
  });

  it.each([
    ['the timeline', ''],
    ['the list, in dark mode', '#view=list'],
  ])('has no axe violation with the menu open over %s', async (_name, hash) => {
    // axe is injected, so this page bypasses the CSP (the other tests keep it).
    const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 }, colorScheme: hash ? 'dark' : 'light' });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.server.url}${hash}`);
      await page.waitForSelector('.timeline-svg [data-event-id], table tbody tr');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('button', { name: 'Events as CSV' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has actions of at least 44 px on a touch screen', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    try {
      await page.goto(suite.server.url);
      await page.waitForSelector('.timeline-svg [data-event-id]');
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      // On a phone, Export is one of the actions behind "More".
      await page.getByRole('button', { name: 'More', exact: true }).tap();
      await page.getByRole('button', { name: 'Export', exact: true }).tap();
      // The panel's actions are fetched on first use.
      await page.getByRole('button', { name: 'Print' }).waitFor();
      const sizes = await page.locator('.export-menu button').evaluateAll((buttons) =>
        buttons.map((b) => {
          const box = b.getBoundingClientRect();
          return { name: b.textContent, height: box.height, width: box.width, inside: box.left >= 0 && box.right <= innerWidth };
        }),
      );
      expect(sizes.length).toBe(10);
      for (const size of sizes) {
        expect(size.height, size.name ?? '').toBeGreaterThanOrEqual(44);
        expect(size.width, size.name ?? '').toBeGreaterThanOrEqual(44);
        expect(size.inside, size.name ?? '').toBe(true);
      }
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('prints a clean chronology with its footnotes and works, without buttons, search or zoom controls', async () => {
    const page = await open();
    await hideControversies(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['button', 'input', '.zoom-controls', '.overview', '.timeline-svg', '.legend', '.controls', '.credit']) {
      const shown = await page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => n.getClientRects().length > 0).length);
      expect(shown, selector).toBe(0);
    }
    const view = page.locator('.print-view');
    expect(await view.isVisible()).toBe(true);
    expect(await view.getByRole('heading', { level: 1 }).textContent()).toBe('The sourced timeline of China’s Social Credit System');
    expect(await page.locator('.print-event-title').allTextContents()).toEqual(shownIds().map((id) => scs.events.find((e) => e.id === id)!.title));
    const footnotes = citedBy(scs, scs.events.filter((e) => e.category !== 'controversy')).footnotes;
    const printed = await page.locator('.print-footnote').allTextContents();
    expect(printed.length).toBe(footnotes.length);
    for (const [i, footnote] of footnotes.entries()) expect(printed[i]).toContain(footnote.note);
    expect(await page.locator('.print-footnote').first().getAttribute('value')).toBe(String(footnotes[0]!.n));
    expect(await page.locator('.print-work').count()).toBe(citedBy(scs, scs.events.filter((e) => e.category !== 'controversy')).references.length);
    expect(await page.locator('.print-credit').textContent()).toContain('https://doi.org/10.1515/asia-2021-0019');
    // Nothing else takes room, so no page is empty.
    const { pageHeight, viewHeight } = await page.evaluate(() => ({
      pageHeight: document.documentElement.scrollHeight,
      viewHeight: document.querySelector('.print-view')!.getBoundingClientRect().height,
    }));
    expect(pageHeight - viewHeight).toBeLessThan(80);
    const pdf = await page.pdf({ format: 'A4' });
    if (process.env.EXPORT_SAVE_DIR) writeFileSync(join(process.env.EXPORT_SAVE_DIR, 'print.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await view.isVisible()).toBe(false);
  });
});
