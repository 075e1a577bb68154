import { readFileSync } from 'node:fs';
import { createRef } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DETAILS_HEADING_ID, DetailsPanel } from '../../src/components/DetailsPanel';
import { citeEvent } from '../../src/data/cite';
import { useStore } from '../../src/state/store';
import { loadLangPack } from '../../src/i18n/packs';
import { localizeDataset } from '../../src/i18n/localizeDataset';
import type { Dataset, TimelineEvent } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const PAGE = 'https://example.org/timeline/#event=state-council-notice-1990';

function eventOf(dataset: Dataset, id: string): TimelineEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function renderPanel(id: string, dataset: Dataset = scs, props: Partial<Parameters<typeof DetailsPanel>[0]> = {}) {
  const onClose = vi.fn();
  const view = render(<DetailsPanel event={eventOf(dataset, id)} dataset={dataset} onClose={onClose} pageUrl={PAGE} {...props} />);
  return { ...view, onClose, panel: screen.getByRole('complementary') };
}

/** The list item of a footnote, found by its heading. */
function footnoteItem(n: number): HTMLElement {
  const item = screen.getByRole('heading', { level: 4, name: new RegExp(`^Footnote ${n}\\b`) }).closest('li');
  if (!item) throw new Error(`no footnote ${n}`);
  return item;
}

beforeEach(() => useStore.setState(useStore.getInitialState(), true));
afterEach(() => vi.restoreAllMocks());

describe('DetailsPanel', () => {
  it('shows the 1990 notice: date, title, category, how the date is known, footnote 45 and its works', () => {
    const { panel } = renderPanel('state-council-notice-1990');
    const event = eventOf(scs, 'state-council-notice-1990');
    expect(panel).toHaveAccessibleName(event.title);
    expect(within(panel).getByRole('heading', { level: 2, name: event.title })).toHaveAttribute('tabindex', '-1');
    expect(panel).toHaveTextContent('26 March 1990 (date known to the day)');
    expect(panel).toHaveTextContent('Category: National policy');
    expect(within(panel).getByRole('heading', { name: 'How this date is known' })).toBeInTheDocument();
    expect(within(panel).getByText(event.dateSource!)).toBeInTheDocument();

    const fn45 = footnoteItem(45);
    const note = scs.footnotes.find((f) => f.n === 45)!.note;
    expect(within(fn45).getByText(note)).toBeInTheDocument();
    const works = within(fn45).getAllByRole('listitem');
    expect(works).toHaveLength(2);
    const notice = works[0]!;
    expect(notice).toHaveTextContent('State Council 国务院 (1990)');
    expect(notice).toHaveTextContent("国务院关于在全国范围内开展清理'三角债'工作的通知");
    expect(notice).toHaveTextContent('N° (1990)19');
    expect(notice).toHaveTextContent('26 March 1990');
    expect(within(notice).queryByRole('link')).not.toBeInTheDocument();
  });

  it('links a work with a URL in a new tab, without giving the new page access to this one', () => {
    renderPanel('state-council-notice-1990');
    const link = within(footnoteItem(45)).getByRole('link', { name: /creditchina\.gov\.cn.*opens in a new tab/ });
    expect(link).toHaveAttribute('href', scs.references.find((r) => r.id === 'lin-2019')!.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it('links a DOI to https://doi.org/', () => {
    // Footnote 74 cites Creemers 2018, whose DOI is its link.
    renderPanel('pujiang-ethical-files-2009-2011');
    const link = within(footnoteItem(74)).getByRole('link', { name: /^https:\/\/doi\.org\/10\.2139\/ssrn\.3175792/ });
    expect(link).toHaveAttribute('href', 'https://doi.org/10.2139/ssrn.3175792');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('says which section states an event that has no footnote', () => {
    renderPanel('harmonious-society-slogan-2004');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent('Stated in section 7 of the article, without a footnote.');
    expect(within(sources).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says "about" for an approximate date', () => {
    const { panel } = renderPanel('scs-objectives-shift-2011-2012');
    expect(panel).toHaveTextContent('about 2011–2012 (approximate date)');
  });

  it('copies the citation, confirms it and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderPanel('state-council-notice-1990');
    await user.click(screen.getByRole('button', { name: 'Cite this event' }));
    const expected =
      "26 March 1990 — State Council notice first uses 'social credit'. In: Bloch, Marylaure (2022): “Sociotechnical imaginaries shaping China’s emerging social credit system.” Asiatische Studien – Études Asiatiques 76(1), footnote 45. https://doi.org/10.1515/asia-2021-0019. View: " +
      PAGE;
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(await screen.findByText('Citation copied')).toBeVisible();
    expect(useStore.getState().announcement).toBe('Citation copied');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('copies the link', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderPanel('state-council-notice-1990');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(PAGE);
    expect(await screen.findByText('Link copied')).toBeVisible();
  });

  it('shows the citation selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderPanel('state-council-notice-1990');
    await user.click(screen.getByRole('button', { name: 'Cite this event' }));
    const field = await screen.findByRole('textbox', { name: 'Citation of this event' });
    const text = citeEvent(eventOf(scs, 'state-council-notice-1990'), scs, PAGE);
    expect(field).toHaveValue(text);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const input = field as HTMLTextAreaElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, text.length]);
    expect(field).toHaveAccessibleDescription(/copy it with Ctrl\+C/);
    expect(screen.queryByText('Citation copied')).not.toBeInTheDocument();
    expect(useStore.getState().announcement).toMatch(/did not let this page copy/);
  });

  it('falls back the same way when there is no clipboard at all', async () => {
    const user = userEvent.setup();
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      renderPanel('state-council-notice-1990');
      await user.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(await screen.findByRole('textbox', { name: 'Link to this event' })).toHaveValue(PAGE);
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
    }
  });

  it('shows an unsafe URL from the data as plain text, never as a link', () => {
    const data = structuredClone(scs);
    const lin = data.references.find((r) => r.id === 'lin-2019')!;
    lin.url = 'javascript:alert(1)';
    const { container } = renderPanel('state-council-notice-1990', data);
    const fn45 = footnoteItem(45);
    expect(fn45).toHaveTextContent('javascript:alert(1)');
    expect(within(fn45).queryAllByRole('link')).toEqual([]);
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
  });

  it('closes, and steps to the previous and next event only when it can', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    const { onClose } = renderPanel('state-council-notice-1990', scs, { onNext });
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledOnce();
  });

  it('gives the caller its heading to focus, by ref and by id', () => {
    const ref = createRef<HTMLHeadingElement>();
    renderPanel('state-council-notice-1990', scs, { ref });
    expect(ref.current).toBe(document.getElementById(DETAILS_HEADING_ID));
    ref.current!.focus();
    expect(ref.current).toHaveFocus();
  });

  it('shows every event of the dataset with all its footnotes', () => {
    for (const event of scs.events) {
      const { unmount } = renderPanel(event.id);
      for (const n of event.footnotes) expect(footnoteItem(n)).toBeInTheDocument();
      expect(screen.queryByText(/is not in this dataset/)).not.toBeInTheDocument();
      unmount();
    }
  });
});

describe('DetailsPanel in Chinese', () => {
  beforeAll(() => loadLangPack('zh'));
  beforeEach(() => useStore.setState({ lang: 'zh' }));

  /** The panel as the app shows it on the Chinese page: with the dataset in Chinese (localizeDataset). */
  const renderChinese = (id: string, dataset: Dataset = scs) => renderPanel(id, localizeDataset(dataset, 'zh'));
  const chineseFootnote = (n: number) => {
    const item = screen.getByRole('heading', { level: 4, name: new RegExp(`^脚注 ${n}\\b`) }).closest('li');
    if (!item) throw new Error(`no footnote ${n}`);
    return item;
  };

  it('shows the footnote note, the remark on each work and how the date is known in Chinese, none of them marked English', () => {
    const { panel } = renderChinese('state-council-notice-1990');
    const event = eventOf(scs, 'state-council-notice-1990');
    const fn45 = scs.footnotes.find((f) => f.n === 45)!;

    const note = chineseFootnote(45).querySelector('.details-footnote-note')!;
    expect(note).toHaveTextContent(fn45.note_zh!);
    expect(note).not.toHaveAttribute('lang');
    expect(panel).not.toHaveTextContent(fn45.note);

    const dateSource = within(panel).getByText(event.dateSource_zh!);
    expect(dateSource).not.toHaveAttribute('lang');
    expect(panel).not.toHaveTextContent(event.dateSource!);

    const remark = within(chineseFootnote(45)).getByText(scs.references.find((r) => r.id === 'state-council-1990')!.note_zh!);
    expect(remark).toHaveClass('cite-note');
    expect(remark).not.toHaveAttribute('lang');
    expect(panel.querySelectorAll('.details-footnote-note[lang], .details-date-source [lang], .cite-note[lang]')).toHaveLength(0);
  });

  it('marks the English it quotes as English: the forms as printed and the titles', () => {
    const { panel } = renderChinese('western-media-alarm-2016-2018');
    const note = chineseFootnote(14).querySelector('.details-footnote-note')!;
    expect(note).not.toHaveAttribute('lang');
    expect(note).toHaveTextContent(scs.footnotes.find((f) => f.n === 14)!.note_zh!);
    const quoted = [...note.querySelectorAll('span[lang="en"]')].map((span) => span.textContent);
    expect(quoted).toContain('The Economist');
    expect(quoted).toContain('Wang 2019');
    // Only what is quoted: the sentence around it, and the names in it, are the page's language.
    expect(quoted.every((text) => !/\p{Script=Han}/u.test(text ?? ''))).toBe(true);
    const dateSource = panel.querySelector('.details-date-source p')!;
    expect(dateSource).not.toHaveAttribute('lang');
    expect([...dateSource.querySelectorAll('span[lang="en"]')].map((span) => span.textContent)).toContain('Financial Times');
  });

  it('shows the English note and date source of a dataset without Chinese ones, marked lang="en"', () => {
    const data = structuredClone(scs);
    for (const footnote of data.footnotes) delete footnote.note_zh;
    for (const reference of data.references) delete reference.note_zh;
    for (const event of data.events) delete event.dateSource_zh;
    const { panel } = renderChinese('state-council-notice-1990', data);
    const fn45 = scs.footnotes.find((f) => f.n === 45)!;
    const note = chineseFootnote(45).querySelector('.details-footnote-note')!;
    expect(note).toHaveTextContent(fn45.note);
    expect(note).toHaveAttribute('lang', 'en');
    expect(within(panel).getByText(eventOf(scs, 'state-council-notice-1990').dateSource!)).toHaveAttribute('lang', 'en');
    expect(within(chineseFootnote(45)).getByText(scs.references.find((r) => r.id === 'state-council-1990')!.note!)).toHaveAttribute('lang', 'en');
  });
});
