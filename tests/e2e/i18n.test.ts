/**
 * The Chinese interface in real Chromium, on the production build: `?lang=zh`
 * opens it, every view a teacher uses speaks Chinese (no English interface
 * word in the text or the accessible names), dates are Chinese on the axis,
 * in the details and on the slides, Chinese labels never overlap, the
 * exported image is Chinese and carries the CJK fonts, and axe-core finds
 * nothing. Screenshots of the timeline and of a slide go to screenshots/
 * (gitignored), to look at.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useBrowserSuite } from './browser';
import { axeViolations, scs, tickLabels } from './helpers';

const SCREENSHOTS = 'screenshots';
const notice = scs.events.find((e) => e.id === 'state-council-notice-1990')!;
const ZH_TITLE = '中国社会信用体系：有据可查的时间线';

/** Latin-script words (accents included), as the check below splits text. */
const latinWords = (text: string): string[] => text.match(/\p{Script=Latin}+/gu) ?? [];

/**
 * Words that may stay in Latin letters on the Chinese page: names that are
 * data (authors, publishers, journals, the works' short citations, as the
 * article prints them), file formats and key caps. Everything else in Latin
 * letters is either marked lang="en" (data without a Chinese version) or a
 * defect.
 */
const NAMES = new Set(
  [
    ...(scs.source.authors ?? []),
    scs.source.journal ?? '',
    ...scs.references.flatMap((r) => [
      r.key,
      r.container ?? '',
      r.publisher ?? '',
      r.place ?? '',
      r.number ?? '',
      ...r.authors.map((a) => ('literal' in a ? a.literal : `${a.family} ${a.given ?? ''}`)),
    ]),
    ...scs.footnotes.map((f) => f.citation),
    'SVG PNG CSV JSON BibTeX RIS HTML',
    'Esc Enter Home End Ctrl doi',
  ].flatMap((text) => latinWords(String(text))),
);
/** In accessible names and tooltips (attributes, SVG titles) a data text cannot carry its own lang: English titles of works may appear there. */
const DATA_WORDS = new Set([...NAMES, ...scs.references.flatMap((r) => [r.title, r.titleTranslated ?? '']).flatMap((text) => latinWords(String(text)))]);

interface Found {
  readonly word: string;
  readonly where: string;
}

/**
 * Latin words of 3+ letters in the page's visible text (and visually hidden
 * text for screen readers, options, SVG titles) and in its accessible names
 * and tooltips, outside elements marked lang="en", that are not allowed.
 */
async function englishWords(page: Page, scope = 'body'): Promise<Found[]> {
  return page.evaluate(
    ({ scope, names, data }) => {
      const allowedText = new Set(names);
      const allowedAttr = new Set([...names, ...data]);
      const found: { word: string; where: string }[] = [];
      const strip = (text: string) => text.replace(/https?:\/\/\S+|doi:\S+|10\.\d{4,9}\/\S+/g, ' ');
      const check = (text: string, allowed: Set<string>, where: string) => {
        for (const word of strip(text).match(/\p{Script=Latin}+/gu) ?? []) if (word.length >= 3 && !allowed.has(word)) found.push({ word, where });
      };
      // Marked English below the root: so the same check on the English page finds its interface words.
      const english = (el: Element) => /^en\b/i.test(el.closest('body [lang]')?.getAttribute('lang') ?? '');
      const shown = (el: Element) => !el.closest('[hidden], script, style, noscript, textarea, code, pre') && (el.closest('svg, select') !== null || el.checkVisibility());
      const root = document.querySelector(scope) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !shown(parent) || english(parent) || !node.textContent?.trim()) continue;
        const tooltip = parent.localName === 'title' && parent.closest('svg') !== null;
        check(node.textContent, tooltip ? allowedAttr : allowedText, `<${parent.localName} class="${parent.getAttribute('class') ?? ''}">`);
      }
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (!shown(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name);
          if (value && !english(el)) check(value, allowedAttr, `${name} of <${el.localName}>`);
        }
      }
      return found;
    },
    { scope, names: [...NAMES], data: [...DATA_WORDS] },
  );
}

/** Pairs of text boxes (axis labels, mark labels) that overlap on screen. */
async function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((nodes) => {
    const boxes = nodes.map((n) => ({ text: n.textContent ?? '', box: n.getBoundingClientRect() })).filter((b) => b.box.width > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${boxes[i]!.text} | ${boxes[j]!.text}`);
      }
    }
    return out;
  });
}

describe.skipIf(!hasBrowser)('the Chinese interface in Chromium', () => {
  const suite = useBrowserSuite();

  async function open(suffix: string, options: { width?: number; height?: number } = {}) {
    const watched = await suite.watch({ width: 1280, height: 720, reducedMotion: 'reduce', ...options });
    await watched.page.goto(`${suite.server.url}${suffix}`);
    await watched.page.waitForSelector(suffix.includes('mode=present') ? 'article.slide' : '.timeline-svg [data-event-id], .list-view');
    return watched.page;
  }

  it('opens in Chinese with ?lang=zh: the page language, title, heading, buttons and the axis', async () => {
    const page = await open('?lang=zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.title()).toBe(ZH_TITLE);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ZH_TITLE);
    for (const name of ['演示', '导出', '嵌入', '导入自己的时间线', '放大', '时间线', '列表']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    const language = page.getByRole('group', { name: '语言' });
    expect(await language.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(await language.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    const ticks = await tickLabels(page);
    expect(ticks.length).toBeGreaterThan(3);
    for (const tick of ticks) expect(tick).toMatch(/^\d{4}年$/);
    expect(await page.locator(`[data-event-id="${notice.id}"]`).first().getAttribute('aria-label')).toMatch(/^1990年3月26日。/);
    expect(await overlappingLabels(page, '.axis text')).toEqual([]);
    expect(await overlappingLabels(page, '.timeline-svg .mark-label')).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-zh-timeline-1280x720.png` });
  });

  it('has no English interface word in the timeline, the details, the list, the export menu and the cited works', async () => {
    const page = await open(`?lang=zh#event=${notice.id}`);
    await page.waitForSelector('aside.details-panel');
    expect(await page.locator('aside.details-panel h2').textContent()).toBe(notice.title_zh);
    expect(await page.locator('.details-date').textContent()).toMatch(/^1990年3月26日\s*（日期精确到日）$/);
    expect(await englishWords(page)).toEqual([]);

    await page.getByRole('button', { name: /^导出/ }).click();
    await page.waitForSelector('.export-panel:not([hidden])');
    expect(await englishWords(page, '.export-panel')).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '列表', exact: true }).click();
    await page.waitForSelector('.list-view');
    expect(await page.locator('.list-view caption').textContent()).toMatch(/^时间线上的事件：\d+ \/ \d+，由早到晚$/);
    expect(await englishWords(page)).toEqual([]);

    await page.getByRole('button', { name: '时间线', exact: true }).click();
    await page.getByRole('button', { name: '被引文献', exact: true }).click();
    await page.getByRole('button', { name: '按论文章节', exact: true }).click();
    await page.waitForSelector('.literature [data-work-id]');
    expect(await englishWords(page)).toEqual([]);
  });

  it('finds the English words of the English page (the check above can fail)', async () => {
    const page = await open(`#event=${notice.id}`);
    await page.waitForSelector('aside.details-panel');
    const words = new Set((await englishWords(page)).map((f) => f.word));
    for (const word of ['Present', 'Export', 'Zoom', 'Categories', 'Sources', 'Footnote']) expect(words, word).toContain(word);
  });

  it('presents slides in Chinese, and announces each in Chinese', async () => {
    const page = await open(`?lang=zh#mode=present&event=${notice.id}`);
    const slide = page.locator('article.slide');
    expect(await slide.locator('.slide-date').textContent()).toBe('1990年3月26日');
    expect(await slide.locator('h2').textContent()).toBe(notice.title_zh);
    expect(await slide.locator('.slide-summary').textContent()).toBe(notice.summary_zh);
    expect(await slide.locator('.slide-footnotes').textContent()).toBe('脚注 45');
    expect(await englishWords(page)).toEqual([]);
    // Nothing in the slide is cut off: no text wider than its box, none taller than a box that clips.
    const clipped = await slide.evaluate((article) =>
      [...article.querySelectorAll('p, h2')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || (getComputedStyle(el).overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1))
        .map((el) => el.textContent),
    );
    expect(clipped).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-zh-slide-1280x720.png` });
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide.getAttribute('data-event-id')).not.toBe(notice.id);
    expect(await slide.locator('.slide-date').textContent()).toMatch(/年/);
    expect(await page.getByRole('status').filter({ hasText: '第 4 张，共' }).count()).toBe(1);
  });

  it('shows a phone-sized slide and timeline in Chinese without cutting text off', async () => {
    const page = await open(`?lang=zh#mode=present&event=${notice.id}`, { width: 390, height: 844 });
    const cut = await page.locator('.presentation').evaluate((root) =>
      [...root.querySelectorAll('h1, h2, p, button')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(cut).toEqual([]);
    // The strip's year labels stay inside the strip.
    const strip = await page.locator('.presentation-strip svg').boundingBox();
    for (const box of await page.locator('.strip-axis-label').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(strip!.x - 1);
      expect(box.right).toBeLessThanOrEqual(strip!.x + strip!.width + 1);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-zh-slide-390x844.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await overlappingLabels(page, '.timeline-svg .mark-label')).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-zh-timeline-390x844.png` });
  });

  it('switches language with the control, announces it, and a reload keeps it', async () => {
    const page = await open('');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.getByRole('status').filter({ hasText: '界面已切换为中文' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await page.reload();
    await page.waitForSelector('.timeline-svg [data-event-id]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ZH_TITLE);
  });

  it('exports a Chinese SVG image that names its language and the system CJK fonts', async () => {
    const page = await open('?lang=zh');
    await page.getByRole('button', { name: /^导出/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG 图像' }).click()]);
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const parsed = await page.evaluate((source) => {
      const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
      return { title: root.querySelector('title')?.textContent, lang: root.getAttribute('lang'), font: root.getAttribute('font-family') ?? '', texts: [...root.querySelectorAll('text')].map((t) => t.textContent).join(' ') };
    }, text);
    expect(parsed.title).toBe(ZH_TITLE);
    expect(parsed.lang).toBe('zh-Hans');
    expect(parsed.font).toMatch(/Noto Sans CJK SC/);
    expect(parsed.font).toMatch(/PingFang SC/);
    expect(parsed.texts).toContain('国家政策');
    expect(parsed.texts).toMatch(/导出于\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('embeds in Chinese with ?embed=1&lang=zh, and the full timeline it links to stays Chinese', async () => {
    const page = await open(`?embed=1&lang=zh#event=${notice.id}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ZH_TITLE);
    const full = page.getByRole('link', { name: /打开完整的时间线/ });
    expect(new URL((await full.getAttribute('href'))!).searchParams.get('lang')).toBe('zh');
    expect(await englishWords(page)).toEqual([]);
  });

  it('prints the chronology in Chinese: headings, dates, titles, categories', async () => {
    const page = await open('?lang=zh');
    await page.emulateMedia({ media: 'print' });
    const view = page.locator('.print-view');
    await expect.poll(() => view.isVisible()).toBe(true);
    expect(await view.getByRole('heading', { level: 1 }).textContent()).toBe(ZH_TITLE);
    expect(await view.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['年表', '引用的脚注', '引用的文献']);
    const item = view.locator('.print-event').filter({ hasText: notice.title_zh! });
    expect(await item.locator('.print-event-date').textContent()).toBe('1990年3月26日');
    expect(await item.locator('.print-event-category').textContent()).toBe('国家政策');
    expect(await item.locator('.print-event-sources').textContent()).toBe('脚注 45');
    expect(await englishWords(page, '.print-view')).toEqual([]);
  });

  it('reports what an import skipped in Chinese', async () => {
    const page = await open('?lang=zh');
    await page.getByRole('button', { name: '导入自己的时间线' }).click();
    await page.getByLabel('或粘贴数据').fill('title,start\nA,1990\nB,1990-13-01\n');
    await page.getByRole('button', { name: '加载粘贴的数据' }).click();
    const report = page.locator('.import-report');
    await report.waitFor();
    expect(await report.locator('.import-summary').textContent()).toBe('已加载 1 / 2 个事件，跳过 1 个');
    const problems = await report.locator('.import-problem').allTextContents();
    expect(problems).toContain('已跳过： 第 3 行：start "1990-13-01" 不是有效的日期');
    expect(await englishWords(page, '.import-banner')).toEqual([]);
  });

  it('has no axe violation in Chinese: timeline, details, list and the embed dialog', async () => {
    const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.url}?lang=zh`);
      await page.waitForSelector('.timeline-svg [data-event-id]');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${suite.server.url}?lang=zh#event=${notice.id}`);
      await page.waitForSelector('aside.details-panel');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${suite.server.url}?lang=zh#view=list`);
      await page.waitForSelector('.list-view');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: '嵌入', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '将此时间线嵌入课程网站' });
      await dialog.waitFor();
      // The teacher picked Chinese (?lang=zh): the frame opens in Chinese.
      expect(await dialog.getByLabel('语言').inputValue()).toBe('zh');
      expect(await dialog.locator('textarea').first().inputValue()).toContain('lang=zh');
      expect(await englishWords(page, 'dialog')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
