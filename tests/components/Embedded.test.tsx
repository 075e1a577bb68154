import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { beforeFirstRender, embeddedParts } from '../../src/modes/embed/beforeFirstRender';
import { useStore } from '../../src/state/store';

// The embedded page's code (embedded.ts) is a chunk of its own: these tests run in order, the first
// ones before it has been fetched in this file.
const scsText = readFileSync('public/data/scs.json', 'utf8');

function at(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(scsText, { status: 200 })));
});
afterEach(() => {
  at('');
  vi.unstubAllGlobals();
});

describe('the embedded page’s code', () => {
  it('is not fetched by a page that is not embedded: beforeFirstRender resolves at once', async () => {
    at('?lang=en');
    await beforeFirstRender();
    expect(embeddedParts.current()).toBeUndefined();
    render(<App />);
    expect(screen.getByRole('main')).not.toHaveClass('embed');
    await screen.findByRole('graphics-document');
    expect(embeddedParts.current()).toBeUndefined();
  });

  it('is waited for by an embedded page that App renders before it has come: never drawn unembedded', async () => {
    at('?embed=1');
    expect(embeddedParts.current()).toBeUndefined();
    render(<App />);
    expect(screen.queryByRole('main')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    // (Its first import here is transformed on the fly: more time than a browser's fetch.)
    expect(await screen.findByRole('main', {}, { timeout: 5000 })).toHaveClass('app', 'embed');
    expect(await screen.findByRole('link', { name: /Open the full timeline/ })).toBeInTheDocument();
  });

  it('is there before the first render of an embedded page once beforeFirstRender has resolved', async () => {
    at('?embed=1&compact=1');
    await beforeFirstRender();
    expect(embeddedParts.current()).toBeDefined();
    render(<App />);
    expect(screen.getByRole('main')).toHaveClass('app', 'embed', 'compact');
    await screen.findByRole('graphics-document');
    expect(screen.getByRole('link', { name: /Open the full timeline/ })).toBeInTheDocument();
  });
});
