import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/export/ExportMenu';
import { EAGER_PRINT, PrintView } from '../../src/export/PrintView';
import { useStore } from '../../src/state/store';
import { selectVisibleEvents } from '../../src/state/selectors';
import { citedBy } from '../../src/export/cited';
import { loadLangPack } from '../../src/i18n/packs';
import type { Dataset } from '../../src/data/schema';

const data = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

let saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().setDataset(data);
  saved = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: lastBlob! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('is a labelled button that discloses the exports, and Esc closes it and returns focus', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Events as CSV' })).not.toBeInTheDocument();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Export and print' });
    expect(toggle).toHaveAttribute('aria-controls', panel.id);
    // The panel's content is fetched on first use: focus goes to its first action when it arrives.
    expect(await within(panel).findByRole('button', { name: 'SVG image' })).toHaveFocus();
    const names = within(panel).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual([
      'SVG image',
      'PNG image',
      'Events as CSV',
      'Events as JSON',
      `BibTeX, all ${data.references.length} works`,
      `BibTeX, ${citedBy(data, data.events).references.length} works cited by the events shown`,
      `RIS, all ${data.references.length} works`,
      `RIS, ${citedBy(data, data.events).references.length} works cited by the events shown`,
      'Print',
    ]);

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('downloads the filtered events as CSV and announces the file', async () => {
    const user = userEvent.setup();
    useStore.getState().toggleCategory('controversy');
    render(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Events as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1)); // the builders are fetched on first use
    expect(saved[0]!.name).toMatch(/^scs-timeline-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await saved[0]!.blob.text();
    const ids = text.split('\r\n').slice(1, -1).map((row) => row.split(',')[0]);
    expect(ids).toEqual(selectVisibleEvents(useStore.getState()).map((e) => e.id));
    expect(useStore.getState().announcement).toBe(`Downloaded ${saved[0]!.name}`);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers no image in the list view, and says why', async () => {
    const user = userEvent.setup();
    useStore.getState().setView('list');
    render(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const svg = await screen.findByRole('button', { name: 'SVG image' });
    expect(svg).toBeDisabled();
    expect(svg).toHaveAccessibleDescription('Images show the timeline: switch to Timeline to export one.');
    expect(screen.getByRole('button', { name: 'Events as CSV' })).toHaveFocus();
  });

  it('reports a failed image export instead of throwing', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'SVG image' })); // no timeline is rendered here
    await waitFor(() => expect(useStore.getState().announcement).toMatch(/^The export failed: /));
    expect(saved).toHaveLength(0);
  });
});

describe('PrintView', () => {
  it('is hidden on screen and lists the events shown, their footnotes and their works', () => {
    useStore.getState().toggleCategory('controversy');
    const { container } = render(<PrintView />);
    const view = container.querySelector('.print-view')!;
    expect(view).toHaveAttribute('hidden');
    const events = selectVisibleEvents(useStore.getState());
    expect(Array.from(view.querySelectorAll('.print-event-title')).map((n) => n.textContent)).toEqual(events.map((e) => e.title));
    const { footnotes, references } = citedBy(data, events);
    const items = Array.from(view.querySelectorAll('.print-footnote'));
    expect(items.map((n) => n.getAttribute('value'))).toEqual(footnotes.map((f) => String(f.n)));
    items.forEach((item, i) => expect(item.textContent).toContain(footnotes[i]!.note));
    expect(view.querySelectorAll('.print-work')).toHaveLength(references.length);
    expect(view.textContent).toContain('https://doi.org/10.1515/asia-2021-0019');
    expect(view.textContent).toContain(`${events.length} of ${data.events.length} events`);
  });
});

describe('PrintView in Chinese', () => {
  beforeAll(() => loadLangPack('zh'));

  it('prints each footnote’s note and each work’s remark in Chinese, and the English where a dataset has no Chinese, marked lang="en"', () => {
    useStore.setState({ lang: 'zh' });
    const { container, unmount } = render(<PrintView />);
    const events = selectVisibleEvents(useStore.getState());
    const { footnotes, references } = citedBy(data, events);
    const items = Array.from(container.querySelectorAll('.print-footnote'));
    expect(items).toHaveLength(footnotes.length);
    items.forEach((item, i) => {
      expect(item.textContent).toContain(footnotes[i]!.note_zh);
      expect(item.textContent).not.toContain(footnotes[i]!.note);
      expect(item.querySelector(':scope > span:not(.print-footnote-citation)')).not.toHaveAttribute('lang');
    });
    const works = container.querySelector('.print-works')!.textContent!;
    for (const reference of references) if (reference.note_zh) expect(works).toContain(reference.note_zh);
    unmount();

    const english = structuredClone(data);
    for (const footnote of english.footnotes) delete footnote.note_zh;
    useStore.getState().setDataset(english);
    const { container: again } = render(<PrintView />);
    const first = again.querySelector('.print-footnote > span:not(.print-footnote-citation)')!;
    expect(first).toHaveAttribute('lang', 'en');
    expect(first.textContent).toBe(footnotes[0]!.note);
  });
});

describe('PrintView of a big dataset', () => {
  it('writes its chronology when the page is printed, with every event shown, and drops it after', () => {
    const many = Array.from({ length: EAGER_PRINT + 100 }, (_, i) => ({ ...data.events[i % data.events.length]!, id: `copy-${i}` }));
    useStore.getState().setDataset({ ...data, events: many, tours: [] });
    const { container } = render(<PrintView />);
    const view = container.querySelector('.print-view')!;
    expect(view).toHaveAttribute('hidden');
    expect(view.querySelector('h1')).not.toBeNull();
    // On screen: no hidden copy of every event.
    expect(view.querySelectorAll('.print-event')).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(view.querySelectorAll('.print-event')).toHaveLength(many.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(view.querySelectorAll('.print-event')).toHaveLength(0);
  });
});
