import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_QUERY, MoreActions } from '../../src/components/MoreActions';
import { PresentButton } from '../../src/modes/presentation/PresentButton';
import { ExportMenu } from '../../src/export/ExportMenu';
import { EmbedButton } from '../../src/modes/embed/EmbedButton';
import { ImportPanel } from '../../src/components/ImportPanel';
import { ThemeSwitch } from '../../src/components/ThemeSwitch';
import { LangSwitch } from '../../src/components/LangSwitch';
import { useStore } from '../../src/state/store';
import type { Dataset } from '../../src/data/schema';

const scs = JSON.parse(readFileSync('public/data/scs.json', 'utf8')) as Dataset;

/** A window as narrow (or as wide) as a test says: matchMedia answers the compact query, and can change. */
function stubWidth(narrow: boolean) {
  const listeners = new Set<() => void>();
  let matches = narrow;
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === COMPACT_QUERY && matches;
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return (next: boolean) =>
    act(() => {
      matches = next;
      listeners.forEach((listener) => listener());
    });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  useStore.setState({ dataset: scs, status: 'ready' });
});
afterEach(() => vi.unstubAllGlobals());

function renderActions() {
  return render(
    <div className="actions" role="group" aria-label="Actions">
      <PresentButton />
      <MoreActions>
        <ExportMenu />
        <EmbedButton />
        <ImportPanel />
        <ThemeSwitch />
        <LangSwitch />
      </MoreActions>
      <button type="button">Outside</button>
    </div>,
  );
}

describe('MoreActions', () => {
  it('on a narrow screen, a "More" button discloses the real actions, and Esc closes it and returns focus', async () => {
    stubWidth(true);
    const user = userEvent.setup();
    renderActions();
    expect(screen.getByRole('button', { name: 'Present' })).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'More' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(screen.getByRole('group', { name: 'More' })).toBe(panel);
    // The actions themselves, working from inside the panel.
    const exportToggle = within(panel).getByRole('button', { name: 'Export' });
    expect(within(panel).getByRole('button', { name: 'Embed' })).toHaveAttribute('aria-haspopup', 'dialog');
    expect(within(panel).getByRole('button', { name: 'Load your own timeline' })).toBeVisible();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(useStore.getState().theme).toBe('dark');
    expect(within(panel).getByRole('group', { name: 'Language' })).toBeVisible();

    // Esc in the Export menu closes that menu only.
    await user.click(exportToggle);
    expect(await within(panel).findByRole('button', { name: 'SVG image' })).toHaveFocus(); // (fetched on first use)
    await user.keyboard('{Escape}');
    expect(exportToggle).toHaveAttribute('aria-expanded', 'false');
    expect(exportToggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    // Esc again closes the panel, and focus goes back to its button.
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(toggle).toHaveFocus();
  });

  it('stays open under a dialog an action opens, so focus comes back to that action', async () => {
    stubWidth(true);
    const user = userEvent.setup();
    renderActions();
    const toggle = screen.getByRole('button', { name: 'More' });
    await user.click(toggle);
    const load = screen.getByRole('button', { name: 'Load your own timeline' });
    await user.click(load);
    const dialog = await screen.findByRole('dialog', { name: 'Load your own timeline' }); // (fetched on first use)
    // A press inside the dialog is not a press outside the panel.
    fireEvent.pointerDown(within(dialog).getByRole('button', { name: 'Close' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Esc in the dialog is the dialog's.
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(load).toHaveFocus();
    expect(load).toBeVisible();
  });

  it('closes on a press outside, and when focus leaves it, without taking focus', async () => {
    stubWidth(true);
    const user = userEvent.setup();
    renderActions();
    const toggle = screen.getByRole('button', { name: 'More' });
    await user.click(toggle);
    fireEvent.pointerDown(document.body);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    screen.getByRole('button', { name: 'English' }).focus();
    await user.tab(); // 中文
    await user.tab(); // out of the panel
    expect(screen.getByRole('button', { name: 'Outside' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('on a wide screen, draws no button of its own: the actions are in the row', () => {
    const setNarrow = stubWidth(false);
    renderActions();
    expect(screen.queryByRole('button', { name: 'More' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'More' })).not.toBeInTheDocument();
    const row = screen.getByRole('group', { name: 'Actions' });
    for (const name of ['Present', 'Export', 'Embed', 'Load your own timeline']) expect(within(row).getByRole('button', { name })).toBeVisible();
    expect(within(row).getByRole('combobox', { name: 'Theme' })).toBeVisible();

    // Turning to narrow and back keeps the same elements (an open dialog is not reset).
    const embed = screen.getByRole('button', { name: 'Embed' });
    setNarrow(true);
    expect(screen.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'false');
    setNarrow(false);
    expect(screen.queryByRole('button', { name: 'More' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Embed' })).toBe(embed);
  });
});
