import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeSwitch } from '../../src/components/ThemeSwitch';
import { useEmbed } from '../../src/modes/embed/useEmbed';
import { NOT_EMBEDDED, readEmbedOptions, type EmbedOptions } from '../../src/modes/embed/embedOptions';
import { useStore } from '../../src/state/store';

function Harness({ options = NOT_EMBEDDED }: { options?: EmbedOptions }) {
  useEmbed(options);
  return <ThemeSwitch />;
}

const root = document.documentElement;

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  localStorage.clear();
  delete root.dataset.theme;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ThemeSwitch and the theme', () => {
  it('offers system, light, dark and high contrast in a labelled select, and applies the choice to <html>', async () => {
    render(<Harness />);
    const select = screen.getByLabelText('Theme');
    expect(select).toHaveValue('system');
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual(['System', 'Light', 'Dark', 'High contrast']);
    expect(root.dataset.theme).toBe('light'); // jsdom has no matchMedia: the system is light
    await userEvent.selectOptions(select, 'contrast');
    expect(root.dataset.theme).toBe('contrast');
    expect(localStorage.getItem('scs-timeline:theme')).toBe('contrast');
  });

  it('starts from the remembered theme', () => {
    localStorage.setItem('scs-timeline:theme', 'dark');
    render(<Harness />);
    expect(screen.getByLabelText('Theme')).toHaveValue('dark');
    expect(root.dataset.theme).toBe('dark');
  });

  it("lets an embed's ?theme= win over the remembered theme", () => {
    localStorage.setItem('scs-timeline:theme', 'dark');
    render(<Harness options={readEmbedOptions('?embed=1&theme=contrast')} />);
    expect(root.dataset.theme).toBe('contrast');
  });

  it('follows the system while the choice is "system"', () => {
    const listeners: (() => void)[] = [];
    let dark = true;
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(prefers-color-scheme: dark)' && dark;
      },
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      removeEventListener: () => undefined,
    }));
    render(<Harness />);
    expect(root.dataset.theme).toBe('dark');
    dark = false;
    listeners.forEach((listener) => listener());
    expect(root.dataset.theme).toBe('light');
  });

  it('works with storage blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    render(<Harness />);
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(root.dataset.theme).toBe('dark');
  });
});
