import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { dateLocale } from '../../src/i18n/packs';

describe('the English date locale', () => {
  it("names every month as date-fns's en-GB locale does, abbreviated and in full", () => {
    const ours = dateLocale('en');
    expect(ours.code).toBe('en-GB');
    for (let month = 0; month < 12; month++) {
      for (const width of ['abbreviated', 'wide'] as const) {
        expect(ours.localize.month(month as 0, { width, context: 'formatting' })).toBe(enGB.localize.month(month as 0, { width, context: 'formatting' }));
      }
    }
    expect(ours.localize.month(2, { width: 'wide' })).toBe('March');
  });
});
