import { describe, expect, it } from 'vitest';
import { sourceCreditParts, t } from '../../src/i18n/messages';
import { loadLangPack } from '../../src/i18n/packs';

/** The footer's line as text (the title in curly quotes, as tParts puts it). */
const credit = (source: Parameters<typeof sourceCreditParts>[0] & { title: string }, lang: 'en' | 'zh' = 'en') =>
  t('sourceCredit', { ...sourceCreditParts(source, lang), title: source.title }, lang);

describe("the page's source line", () => {
  it('names an article in full', () => {
    expect(credit({ title: 'Sociotechnical imaginaries', authors: ['Bloch, Marylaure'], year: 2022, journal: 'Asiatische Studien', volume: '76', issue: '1' })).toBe(
      'Source: Bloch, Marylaure (2022), “Sociotechnical imaginaries”, Asiatische Studien 76(1).',
    );
  });

  it('leaves out what a source lacks, with its punctuation: no empty brackets', () => {
    expect(credit({ title: 'Synthetic data', authors: ['scripts/synth.ts'], year: 2025 })).toBe('Source: scripts/synth.ts (2025), “Synthetic data”.');
    expect(credit({ title: 'Notes' })).toBe('Source: “Notes”.');
    expect(credit({ title: 'Notes', year: 2024 })).toBe('Source: (2024), “Notes”.');
    expect(credit({ title: 'Notes', authors: ['A', 'B'] })).toBe('Source: A, B, “Notes”.');
    expect(credit({ title: 'Notes', journal: 'J', issue: '3' })).toBe('Source: “Notes”, J (3).');
    expect(credit({ title: 'Notes', journal: 'J', volume: '7' })).toBe('Source: “Notes”, J 7.');
  });

  it('in Chinese too', async () => {
    await loadLangPack('zh');
    expect(credit({ title: 'Notes', authors: ['Bloch'], year: 2022, journal: 'AS', volume: '76', issue: '1' }, 'zh')).toBe('资料来源：Bloch（2022），“Notes”，AS 76(1)。');
    expect(credit({ title: 'Notes' }, 'zh')).toBe('资料来源：“Notes”。');
  });
});
