import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { useStore } from '../../src/state/store';
import { initialLang, LANG_KEY } from '../../src/state/langSlice';
import { loadLangPack } from '../../src/i18n/packs';
import type { Dataset } from '../../src/data/schema';

const scsText = readFileSync('public/data/scs.json', 'utf8');
const scs = JSON.parse(scsText) as Dataset;
const notice = scs.events.find((e) => e.id === 'state-council-notice-1990')!;

function start(search = '') {
  history.replaceState(null, '', `/${search}`);
  // The store is made once per test file: start it again as a fresh page would.
  useStore.setState({ ...useStore.getInitialState(), lang: initialLang() }, true);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(scsText, { status: 200 })));
  vi.stubGlobal('innerHeight', 1400); // room for every lane: no event counted in a cluster badge
  return render(<App />);
}

beforeAll(() => loadLangPack('zh'));
beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
  useStore.setState(useStore.getInitialState(), true);
});

describe('the language switch', () => {
  it('switches every text to Chinese and back, says so, and keeps ?lang in the address', async () => {
    start();
    await screen.findByRole('graphics-document');
    expect(document.documentElement.lang).toBe('en');
    const group = screen.getByRole('group', { name: 'Language' });
    const english = within(group).getByRole('button', { name: 'English' });
    const chinese = within(group).getByRole('button', { name: '中文' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(chinese).toHaveAttribute('lang', 'zh-Hans');
    expect(english).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(chinese);
    await waitFor(() => expect(chinese).toHaveAttribute('aria-pressed', 'true'));
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe('中国社会信用体系：有据可查的时间线');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('中国社会信用体系：有据可查的时间线');
    expect(screen.getByRole('button', { name: '放大' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '语言' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('界面已切换为中文');
    expect(location.search).toBe('?lang=zh');
    expect(localStorage.getItem(LANG_KEY)).toBe('zh');
    // Marks: the Chinese title and the date in Chinese words.
    const svg = screen.getByRole('graphics-document');
    expect(within(svg).getByRole('graphics-symbol', { name: `1990年3月26日。${notice.title_zh}。国家政策。脚注 45` })).toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('group', { name: '语言' })).getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The sourced timeline of China’s Social Credit System');
    expect(within(svg).getByRole('graphics-symbol', { name: `26 March 1990. ${notice.title}. National policy. Footnote 45` })).toBeInTheDocument();
    expect(location.search).toBe('?lang=en');
  });

  it('starts in Chinese with ?lang=zh, details and dates included', async () => {
    start('?lang=zh');
    const svg = await screen.findByRole('graphics-document');
    expect(document.documentElement.lang).toBe('zh-Hans');
    // By keyboard (d3-zoom's mousedown handling needs a real window): focus the mark, Enter.
    const mark = within(svg).getByRole('graphics-symbol', { name: new RegExp(`^1990年3月26日。${notice.title_zh}`) });
    act(() => mark.focus());
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(notice.title_zh!);
    expect(panel).toHaveTextContent(/1990年3月26日\s*（日期精确到日）/);
    expect(within(panel).getByRole('button', { name: '引用此事件' })).toBeInTheDocument();
    // The footnote's note and how the date is known are in Chinese too, not marked as English.
    const note = panel.querySelector('.details-footnote-note');
    expect(note).toHaveTextContent(scs.footnotes.find((f) => f.n === 45)!.note_zh!);
    expect(note).not.toHaveAttribute('lang');
    expect(within(panel).getByText(notice.dateSource_zh!)).not.toHaveAttribute('lang');
  });

  it('starts from the remembered choice, then the browser languages', async () => {
    localStorage.setItem(LANG_KEY, 'zh');
    start();
    await screen.findByRole('graphics-document');
    expect(document.documentElement.lang).toBe('zh-Hans');
    useStore.setState(useStore.getInitialState(), true);

    localStorage.clear();
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-CN', 'en'], language: 'zh-CN' });
    expect(initialLang()).toBe('zh');
  });
});
