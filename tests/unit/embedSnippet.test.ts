import { describe, expect, it } from 'vitest';
import {
  clampHeight,
  embedSnippet,
  embedSrc,
  escapeHtmlAttribute,
  pageAddress,
  DEFAULT_EMBED_HEIGHT,
  type EmbedChoices,
} from '../../src/modes/embed/snippet';
import { readEmbedOptions } from '../../src/modes/embed/embedOptions';
import { decodeUrlState } from '../../src/state/urlState';

const ALL = ['national-policy', 'local-experiments', 'controversy'];
const choices = (overrides: Partial<EmbedChoices> = {}): EmbedChoices => ({
  event: null,
  categories: ALL,
  theme: 'system',
  compact: false,
  height: 600,
  ...overrides,
});

describe('escapeHtmlAttribute', () => {
  it('escapes & " \' < >', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
    expect(escapeHtmlAttribute('&amp;')).toBe('&amp;amp;');
  });
});

describe('embedSnippet', () => {
  it('writes the iframe with escaped attribute values', () => {
    const src = `https://example.edu/a"b'<c>&d/?embed=1&theme=dark`;
    const title = `Tom's "SCS" <timeline> & more`;
    const snippet = embedSnippet(src, title, 640);
    expect(snippet).toBe(
      '<iframe src="https://example.edu/a&quot;b&#39;&lt;c&gt;&amp;d/?embed=1&amp;theme=dark" title="Tom&#39;s &quot;SCS&quot; &lt;timeline&gt; &amp; more" width="100%" height="640" loading="lazy" style="border:0"></iframe>',
    );
    // Parsed as HTML, it is one iframe whose attributes are exactly the originals.
    const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
    expect(doc.body.children).toHaveLength(1);
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.getAttribute('height')).toBe('640');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('style')).toBe('border:0');
    expect([...frame.attributes].map((a) => a.name)).toEqual(['src', 'title', 'width', 'height', 'loading', 'style']);
  });

  it('keeps the height within 200–4000 whole pixels', () => {
    expect(embedSnippet('x', 't', 50)).toContain('height="200"');
    expect(embedSnippet('x', 't', 99999)).toContain('height="4000"');
    expect(clampHeight('612.4')).toBe(612);
    expect(clampHeight('abc')).toBe(DEFAULT_EMBED_HEIGHT);
    expect(clampHeight('')).toBe(DEFAULT_EMBED_HEIGHT);
    expect(clampHeight(Number.NaN)).toBe(DEFAULT_EMBED_HEIGHT);
    expect(clampHeight(Infinity)).toBe(DEFAULT_EMBED_HEIGHT);
  });
});

describe('embedSrc', () => {
  const page = 'https://example.edu/courses/china/timeline/';

  it('is the page with embed=1 and nothing else by default', () => {
    expect(embedSrc(page, choices(), ALL)).toBe(`${page}?embed=1`);
  });

  it('carries the theme and compact in the query, the event and categories in the hash', () => {
    const src = embedSrc(page, choices({ event: 'state-council-notice-1990', categories: ['controversy', 'national-policy'], theme: 'contrast', compact: true }), ALL);
    expect(src).toBe(`${page}?embed=1&theme=contrast&compact=1#event=state-council-notice-1990&cat=national-policy,controversy`);
    const url = new URL(src);
    expect(readEmbedOptions(url.search)).toEqual({ embed: true, compact: true, theme: 'contrast' });
    expect(decodeUrlState(url.hash)).toEqual({ event: 'state-council-notice-1990', cat: ['national-policy', 'controversy'] });
  });

  it('carries the cited works, rows by section and a tour to present in the hash', () => {
    const src = embedSrc(page, choices({ literature: true, bySection: true, tour: ['a-1', 'b-2'] }), ALL);
    expect(decodeUrlState(new URL(src).hash)).toEqual({ lane: 'literature', group: 'section', mode: 'present', tour: ['a-1', 'b-2'] });
    expect(embedSrc(page, choices({ literature: false, bySection: false, tour: [] }), ALL)).toBe(`${page}?embed=1`);
  });

  it('writes an empty cat= when no category is chosen', () => {
    expect(decodeUrlState(new URL(embedSrc(page, choices({ categories: [] }), ALL)).hash)).toEqual({ cat: [] });
  });

  it('takes the page address without query or hash', () => {
    expect(pageAddress('https://example.edu/t/index.html?embed=1&x=2#event=a')).toBe('https://example.edu/t/index.html');
    expect(pageAddress('file:///home/me/dist/index.html#event=a')).toBe('file:///home/me/dist/index.html');
  });
});

describe('embedSrc and the language', () => {
  const page = 'https://example.edu/courses/china/timeline/';

  it('writes lang= when a language was picked, and leaves it to the browser otherwise', async () => {
    const { langFromSearch } = await import('../../src/i18n/detectLang');
    const src = embedSrc(page, choices({ lang: 'zh', event: 'state-council-notice-1990' }), ALL);
    expect(src).toBe(`${page}?embed=1&lang=zh#event=state-council-notice-1990`);
    expect(langFromSearch(new URL(src).search)).toBe('zh');
    expect(embedSrc(page, choices({ lang: null }), ALL)).toBe(`${page}?embed=1`);
  });
});
