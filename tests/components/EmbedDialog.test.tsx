import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedButton } from '../../src/modes/embed/EmbedButton';
import { decodeUrlState } from '../../src/state/urlState';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;
const EVENT = 'state-council-notice-1990';

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.setState({ dataset: scs, status: 'ready', selectedId: EVENT, hiddenCategories: ['controversy'] });
});
afterEach(() => vi.unstubAllGlobals());

async function openDialog() {
  const user = userEvent.setup();
  render(<EmbedButton />);
  const button = screen.getByRole('button', { name: 'Embed' });
  await user.click(button);
  // The dialog is fetched on first use.
  const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline in a course website' });
  return { user, button, dialog, code: () => (within(dialog).getByLabelText('HTML code to paste') as HTMLTextAreaElement).value };
}

describe('EmbedDialog', () => {
  it('opens as a labelled modal with the current event and visible categories', async () => {
    const spy = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { dialog, code } = await openDialog();
    expect(spy).toHaveBeenCalledOnce();
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByLabelText('Open with the event')).toHaveValue(EVENT);
    expect(within(dialog).getByRole('checkbox', { name: 'National policy' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Controversies' })).not.toBeChecked();
    expect(within(dialog).getByLabelText('Height in pixels')).toHaveValue(600);
    const visible = scs.categories.map((c) => c.id).filter((id) => id !== 'controversy');
    expect(code()).toBe(
      `<iframe src="http://localhost:3000/?embed=1#event=${EVENT}&amp;cat=${visible.join(',')}" title="The sourced timeline of China’s Social Credit System" width="100%" height="600" loading="lazy" style="border:0"></iframe>`,
    );
    expect(within(dialog).getByLabelText('HTML code to paste')).toHaveAttribute('readonly');
    // The event list holds every event, plus "none".
    expect(within(within(dialog).getByLabelText('Open with the event')).getAllByRole('option')).toHaveLength(scs.events.length + 1);
    spy.mockRestore();
  });

  it('puts every choice into the snippet', async () => {
    const { user, dialog, code } = await openDialog();
    await user.selectOptions(within(dialog).getByLabelText('Open with the event'), '');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Controversies' }));
    await user.selectOptions(within(dialog).getByLabelText('Colours'), 'dark');
    await user.click(within(dialog).getByRole('checkbox', { name: /Compact/ }));
    const height = within(dialog).getByLabelText('Height in pixels');
    await user.clear(height);
    await user.type(height, '450');
    expect(code()).toBe(
      '<iframe src="http://localhost:3000/?embed=1&amp;theme=dark&amp;compact=1" title="The sourced timeline of China’s Social Credit System" width="100%" height="450" loading="lazy" style="border:0"></iframe>',
    );
    await user.clear(height);
    expect(code()).toContain('height="600"');
    await user.type(height, '20');
    expect(code()).toContain('height="200"');
    for (const category of scs.categories) {
      const box = within(dialog).getByRole('checkbox', { name: category.label });
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    expect(code()).toContain('#cat="');
    expect(within(dialog).getByText('No category is selected: the embedded timeline will show no event.')).toBeInTheDocument();
  });

  it('offers the dataset’s tours, the cited works and rows by section, and puts them in the link', async () => {
    const { user, dialog, code } = await openDialog();
    const picker = within(dialog).getByLabelText('Play a tour');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['None: browse the timeline', ...scs.tours!.map((t) => t.title)]);
    const tour = scs.tours![0]!;
    await user.selectOptions(picker, tour.id);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show the cited works under the axis' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Rows by the article’s sections' }));
    const src = new URL(code().match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(decodeUrlState(src.hash)).toMatchObject({ lane: 'literature', group: 'section', mode: 'present', tour: tour.steps.map((step) => step.event) });
  });

  it('opens with the tour being presented and the lens as it is on the page', async () => {
    const tour = scs.tours![1]!;
    useStore.setState({ tour: tour.steps.map((step) => step.event), literature: true, groupBy: 'section' });
    const { dialog } = await openDialog();
    expect(within(dialog).getByLabelText('Play a tour')).toHaveValue(tour.id);
    expect(within(dialog).getByRole('checkbox', { name: 'Show the cited works under the axis' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Rows by the article’s sections' })).toBeChecked();
  });

  it('copies the snippet in one click', async () => {
    const writeText = vi.fn(async () => undefined);
    const { user, dialog, code } = await openDialog();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(within(dialog).getByRole('button', { name: 'Copy the code' }));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(within(dialog).getByRole('status')).toHaveTextContent('Code copied');
  });

  it('selects the code and says to press Ctrl+C when the browser refuses to copy', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const { user, dialog } = await openDialog();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(within(dialog).getByRole('button', { name: 'Copy the code' }));
    const field = within(dialog).getByLabelText('HTML code to paste') as HTMLTextAreaElement;
    expect(within(dialog).getByRole('status')).toHaveTextContent('copy it with Ctrl+C (⌘C on a Mac)');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('closes on Esc and on Close, and gives focus back to the Embed button', async () => {
    const { user, button } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('shows the host-page script as text', async () => {
    const { dialog } = await openDialog();
    const script = within(dialog).getByLabelText('Script for the course page') as HTMLTextAreaElement;
    expect(script.value).toContain("event.data?.type === 'scs-timeline:height'");
    expect(script.value).toContain('Number.isFinite(event.data.height)');
    expect(dialog.querySelector('script')).toBeNull();
  });

  it('is not shown before the data is loaded', () => {
    act(() => useStore.setState({ dataset: null }));
    render(<EmbedButton />);
    expect(screen.queryByRole('button', { name: 'Embed' })).not.toBeInTheDocument();
  });
});
