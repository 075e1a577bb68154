import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

function Broken(): never {
  throw new Error('layout exploded');
}

describe('ErrorBoundary', () => {
  it('shows a readable panel with a way back instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('layout exploded');
    expect(screen.getByRole('button', { name: 'Reload with the SCS timeline' })).toBeInTheDocument();
    quiet.mockRestore();
    warn.mockRestore();
  });
});
