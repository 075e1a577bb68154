import { describe, expect, it } from 'vitest';
import { NOT_EMBEDDED, readEmbedOptions, withoutEmbedOptions } from '../../src/modes/embed/embedOptions';
import { resolveTheme, systemTheme, parseTheme } from '../../src/state/theme';

describe('readEmbedOptions', () => {
  it('is not embedded without embed=1', () => {
    expect(readEmbedOptions('')).toEqual(NOT_EMBEDDED);
    expect(readEmbedOptions('?theme=dark&compact=1')).toEqual(NOT_EMBEDDED);
    expect(readEmbedOptions('?embed=0')).toEqual(NOT_EMBEDDED);
    expect(readEmbedOptions('?embed=no')).toEqual(NOT_EMBEDDED);
    expect(readEmbedOptions('?embedded=1')).toEqual(NOT_EMBEDDED);
  });

  it('reads embed, theme and compact', () => {
    expect(readEmbedOptions('?embed=1')).toEqual({ embed: true, compact: false, theme: null });
    expect(readEmbedOptions('?embed=1&theme=dark&compact=1')).toEqual({ embed: true, compact: true, theme: 'dark' });
    expect(readEmbedOptions('embed=true&theme=contrast')).toEqual({ embed: true, compact: false, theme: 'contrast' });
    expect(readEmbedOptions('?embed&theme=LIGHT')).toEqual({ embed: true, compact: false, theme: 'light' });
  });

  it('ignores unknown values and keys, and never throws', () => {
    expect(readEmbedOptions('?embed=1&theme=purple&compact=maybe&foo=bar')).toEqual({ embed: true, compact: false, theme: null });
    expect(readEmbedOptions('?embed=1&theme=system')).toEqual({ embed: true, compact: false, theme: null });
    expect(readEmbedOptions('?embed=1&theme=%E0%A4%A')).toEqual({ embed: true, compact: false, theme: null });
    expect(readEmbedOptions('?embed=1&theme=dark&theme=light').theme).toBe('dark');
    expect(readEmbedOptions('?%%%&embed=1').embed).toBe(true);
    expect(readEmbedOptions(`?embed=1&q=${'x'.repeat(100_000)}`).embed).toBe(true);
    expect(readEmbedOptions(undefined as unknown as string)).toEqual(NOT_EMBEDDED);
  });
});

describe('withoutEmbedOptions', () => {
  it('drops embed, theme and compact, and keeps the rest, hash included', () => {
    expect(withoutEmbedOptions('https://example.edu/courses/china/timeline/?embed=1&theme=dark&compact=1#event=a&cat=b')).toBe(
      'https://example.edu/courses/china/timeline/#event=a&cat=b',
    );
    expect(withoutEmbedOptions('https://example.edu/t/?lang=en&embed=1')).toBe('https://example.edu/t/?lang=en');
  });
});

describe('themes', () => {
  const media = (matching: string[]) => (query: string) => ({ matches: matching.includes(query) });
  it('follows the system: more contrast first, then dark, else light', () => {
    expect(systemTheme(media([]))).toBe('light');
    expect(systemTheme(media(['(prefers-color-scheme: dark)']))).toBe('dark');
    expect(systemTheme(media(['(prefers-contrast: more)', '(prefers-color-scheme: dark)']))).toBe('contrast');
    expect(systemTheme(null)).toBe('light');
    expect(resolveTheme('system', media(['(prefers-color-scheme: dark)']))).toBe('dark');
    expect(resolveTheme('light', media(['(prefers-color-scheme: dark)']))).toBe('light');
  });
  it('parses only the four names', () => {
    expect(['system', 'light', 'dark', 'contrast'].map(parseTheme)).toEqual(['system', 'light', 'dark', 'contrast']);
    expect([null, 1, 'Dark', '', 'contrast '].map(parseTheme)).toEqual([null, null, null, null, null]);
  });
});
