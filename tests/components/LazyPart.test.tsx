import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyPart } from '../../src/components/LazyPart';
import { lazyModule } from '../../src/lazyModule';

describe('lazyModule(importer)', () => {
  it('imports once however often it is asked, and forgets a failure so the next call tries again', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue({ answer: 42 });
    const part = lazyModule(importer as () => Promise<{ answer: number }>);
    expect(part.current()).toBeUndefined();
    await expect(part.load()).rejects.toThrow('Failed to fetch');
    expect(part.current()).toBeUndefined();
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    expect(part.current()).toEqual({ answer: 42 });
    await part.load();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('LazyPart', () => {
  it('says "Loading…" while the part comes, then shows it', async () => {
    const part = lazyModule(async () => ({ Greeting: () => <p>Hello</p> }));
    render(<LazyPart module={part}>{(m) => <m.Greeting />}</LazyPart>);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByText('Hello')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a part that has arrived at once, without "Loading…"', async () => {
    const part = lazyModule(async () => ({ Greeting: () => <p>Hello</p> }));
    await part.load();
    render(<LazyPart module={part}>{(m) => <m.Greeting />}</LazyPart>);
    expect(screen.getByText('Hello')).toBeInTheDocument();
  });

  it('says clearly when the part cannot be fetched (offline), and Try again fetches it again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const importer = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue({ Greeting: () => <p>Hello</p> });
    const part = lazyModule(importer as () => Promise<{ Greeting: () => React.JSX.Element }>);
    const onExit = vi.fn();
    render(
      <LazyPart module={part} failedActions={<button type="button" onClick={onExit}>Exit</button>}>
        {(m) => <m.Greeting />}
      </LazyPart>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part of the timeline could not be loaded: the connection may be down. Try again, or reload the page.');
    await userEvent.click(screen.getByRole('button', { name: 'Exit' }));
    expect(onExit).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
