import { describe, expect, it } from 'vitest';
import { detectLang, langFromSearch, parseLang, withLang } from '../../src/i18n/detectLang';

describe('parseLang', () => {
  it('reads any Chinese or English tag, and nothing else', () => {
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'ZH_cn', ' zh '].map(parseLang)).toEqual(['zh', 'zh', 'zh', 'zh', 'zh', 'zh']);
    expect(['en', 'en-GB', 'EN-us'].map(parseLang)).toEqual(['en', 'en', 'en']);
    expect(['fr', '', 'zhx', 'english', null, 42, undefined].map(parseLang)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('detectLang', () => {
  it('takes ?lang= first, then the remembered choice, then the browser, else English', () => {
    expect(detectLang({ search: '?lang=zh', stored: 'en', languages: ['en-US'] })).toBe('zh');
    expect(detectLang({ search: '?embed=1&lang=en', stored: 'zh', languages: ['zh-CN'] })).toBe('en');
    expect(detectLang({ search: '', stored: 'zh', languages: ['en-US'] })).toBe('zh');
    expect(detectLang({ search: '?lang=fr', stored: 'en', languages: ['zh-CN'] })).toBe('en');
    expect(detectLang({ stored: null, languages: ['zh-CN', 'en'] })).toBe('zh');
    expect(detectLang({ stored: 'garbage', languages: ['fr-FR', 'zh-TW', 'en'] })).toBe('zh');
    expect(detectLang({ languages: ['fr-FR', 'de'] })).toBe('en');
    expect(detectLang({})).toBe('en');
  });

  it('never throws on a strange query string', () => {
    expect(langFromSearch('?lang=%E0%A4%A')).toBeNull();
    expect(langFromSearch('?lang=zh&lang=en')).toBe('zh');
  });
});

describe('withLang', () => {
  it('sets ?lang= and keeps the other parameters and the hash', () => {
    expect(withLang('https://x.org/t/?embed=1#event=a', 'zh')).toBe('https://x.org/t/?embed=1&lang=zh#event=a');
    expect(withLang('https://x.org/t/?lang=zh', 'en')).toBe('https://x.org/t/?lang=en');
  });
});
