import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, startOf } from '../../src/data/dates';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../src/state/urlState';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const ALLOWED_KEYS = new Set(['event', 'work', 'from', 'to', 'cat', 'q', 'view', 'lane', 'group', 'mode', 'tour']);

describe('encodeUrlState', () => {
  it('writes keys in a fixed order, without a leading #', () => {
    expect(
      encodeUrlState({ view: 'list', q: 'blacklist', cat: ['national-policy', 'local'], to: '2020', from: '2014-06', event: 'scs-planning-outline-2014' }),
    ).toBe('event=scs-planning-outline-2014&from=2014-06&to=2020&cat=national-policy,local&q=blacklist&view=list');
  });

  it('leaves out absent and empty values, but writes an empty category list', () => {
    expect(encodeUrlState({})).toBe('');
    expect(encodeUrlState({ event: '', q: '  ', from: '' })).toBe('');
    expect(encodeUrlState({ cat: [] })).toBe('cat=');
  });

  it('percent-encodes text so that any of it survives', () => {
    const q = 'a&b=c#d%e+f g 社会信用 😀';
    const hash = encodeUrlState({ q });
    expect(hash).toBe(`q=${encodeURIComponent(q)}`);
    expect(hash).not.toMatch(/[ #+]|&(?!$)/u);
    expect(decodeUrlState(hash)).toEqual({ q });
  });

  it('does not throw on lone surrogates', () => {
    expect(() => encodeUrlState({ q: 'a\uD800b' })).not.toThrow();
    expect(decodeUrlState(encodeUrlState({ q: 'a\uD800b' }))).toEqual({ q: 'a\uFFFDb' });
  });
});

describe('decodeUrlState', () => {
  it('reads a full hash, with or without #', () => {
    const expected: UrlState = { event: 'state-council-notice-1990', from: '1990', to: '2000-03-04', cat: ['a', 'b-2'], q: 'x y', view: 'list' };
    const hash = 'event=state-council-notice-1990&from=1990&to=2000-03-04&cat=a,b-2&q=x%20y&view=list';
    expect(decodeUrlState(hash)).toEqual(expected);
    expect(decodeUrlState(`#${hash}`)).toEqual(expected);
  });

  it('returns an empty state for empty or meaningless hashes', () => {
    for (const hash of ['', '#', '&&&', '=', '#=&=', 'event', 'foo=bar', '%', '#%%%=%%']) expect(decodeUrlState(hash), hash).toEqual({});
  });

  it('ignores unknown keys and lets the first of duplicate keys win', () => {
    expect(decodeUrlState('zoom=3&event=a&event=b&Event=c')).toEqual({ event: 'a' });
    expect(decodeUrlState('q=first&q=second')).toEqual({ q: 'first' });
    // The first occurrence wins even when its value is invalid.
    expect(decodeUrlState('event=BAD&event=good')).toEqual({});
  });

  it('drops malformed percent-escapes without throwing', () => {
    expect(decodeUrlState('q=%E0%A4%A&event=ok')).toEqual({ event: 'ok' });
    expect(decodeUrlState('q=100%&view=list')).toEqual({ view: 'list' });
    expect(decodeUrlState('q=%ED%A0%80')).toEqual({}); // an encoded lone surrogate
  });

  it('validates event ids', () => {
    expect(decodeUrlState('event=abc-1')).toEqual({ event: 'abc-1' });
    for (const bad of ['-abc', 'ABC', 'a_b', 'a%20b', '', 'a/b', '%C3%A9']) expect(decodeUrlState(`event=${bad}`), bad).toEqual({});
  });

  it('validates dates and their order', () => {
    expect(decodeUrlState('from=2014')).toEqual({ from: '2014' });
    expect(decodeUrlState('to=2014-02-28')).toEqual({ to: '2014-02-28' });
    expect(decodeUrlState('from=2014&to=2015')).toEqual({ from: '2014', to: '2015' });
    expect(decodeUrlState('from=2014&to=2014-02')).toEqual({ from: '2014', to: '2014-02' });
    // Not real dates: that value is absent, the other stays.
    expect(decodeUrlState('from=2014-02-30&to=2015')).toEqual({ to: '2015' });
    expect(decodeUrlState('from=2014&to=2014-13')).toEqual({ from: '2014' });
    for (const bad of ['0000', '14', '2014-1', '2014/01', '2014-01-01T00:00', '+2014', ' 2014', 'x']) {
      expect(decodeUrlState(`from=${encodeURIComponent(bad)}`), bad).toEqual({});
    }
    // `to` not after `from`: both dropped.
    expect(decodeUrlState('from=2015&to=2014&q=x')).toEqual({ q: 'x' });
    expect(decodeUrlState('from=2014&to=2014')).toEqual({});
    expect(decodeUrlState('from=2014-01&to=2014')).toEqual({});
  });

  it('reads cat as the visible categories: absent = all, empty = none', () => {
    expect(decodeUrlState('q=x')).not.toHaveProperty('cat');
    expect(decodeUrlState('cat=')).toEqual({ cat: [] });
    expect(decodeUrlState('cat=a,b')).toEqual({ cat: ['a', 'b'] });
    expect(decodeUrlState('cat=a%2Cb')).toEqual({ cat: ['a', 'b'] });
    // Invalid ids are dropped, duplicates kept once.
    expect(decodeUrlState('cat=a,BAD,,b,a,%ZZ,-x')).toEqual({ cat: ['a', 'b'] });
    // Nothing valid left: not "none visible", just absent.
    expect(decodeUrlState('cat=BAD,,%ZZ')).toEqual({});
  });

  it('trims q and keeps at most 200 characters', () => {
    expect(decodeUrlState('q=%20%20hello%20')).toEqual({ q: 'hello' });
    expect(decodeUrlState('q=%20%20')).toEqual({});
    expect(decodeUrlState(`q=${'x'.repeat(300)}`)).toEqual({ q: 'x'.repeat(200) });
    // 200 code points, not 200 UTF-16 units: no emoji cut in half.
    const emoji = '😀'.repeat(250);
    const q = decodeUrlState(`q=${encodeURIComponent(emoji)}`).q;
    expect(Array.from(q ?? '')).toHaveLength(200);
    expect(q).toBe('😀'.repeat(200));
    expect(decodeUrlState('q=a+b')).toEqual({ q: 'a+b' });
  });

  it('writes work, lane and group in their place in the order', () => {
    expect(encodeUrlState({ group: 'section', lane: 'literature', work: 'creemers-2018', view: 'list', q: 'x' })).toBe('work=creemers-2018&q=x&view=list&lane=literature&group=section');
  });

  it('accepts lane=literature and group=section only, and work ids of the id form', () => {
    expect(decodeUrlState('lane=literature&group=section&work=creemers-2018')).toEqual({ lane: 'literature', group: 'section', work: 'creemers-2018' });
    for (const bad of ['events', 'LITERATURE', '', 'literature%20']) expect(decodeUrlState(`lane=${bad}`), bad).toEqual({});
    for (const bad of ['category', 'Section', '']) expect(decodeUrlState(`group=${bad}`), bad).toEqual({});
    for (const bad of ['Creemers', '-x', '%3Cscript%3E']) expect(decodeUrlState(`work=${bad}`), bad).toEqual({});
  });

  it('accepts view=list only', () => {
    expect(decodeUrlState('view=list')).toEqual({ view: 'list' });
    for (const bad of ['timeline', 'LIST', '', 'list%20']) expect(decodeUrlState(`view=${bad}`), bad).toEqual({});
  });

  it('caps huge input', () => {
    const huge = `event=a&q=${'%41'.repeat(100_000)}&view=list`;
    expect(() => decodeUrlState(huge)).not.toThrow();
    // Only the first 4,000 characters are read: view=list is beyond them.
    const decoded = decodeUrlState(huge);
    expect(decoded.event).toBe('a');
    expect(decoded.view).toBeUndefined();
    expect(decodeUrlState(`${'x'.repeat(4000)}&view=list`)).toEqual({});
    expect(decodeUrlState(`event=${'a'.repeat(501)}`)).toEqual({});
    expect(decodeUrlState(`event=${'a'.repeat(500)}`)).toEqual({ event: 'a'.repeat(500) });
  });
});

// --- properties -----------------------------------------------------------

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);

const isoArb = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year).padStart(4, '0');
    const m = String(month).padStart(2, '0');
    const d = String(Math.min(day, new Date(Date.UTC(2000, month, 0)).getUTCDate())).padStart(2, '0');
    return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
  })
  .filter((iso) => parseDate(iso) !== null);

const startMs = (iso: string) => {
  const date = parseDate(iso);
  if (!date) throw new Error(iso);
  return startOf(date).getTime();
};

const unicodeQueryArb = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('&', '=', '#', '%', '+', ' ', ',', '社', '😀', 'a'), maxLength: 60 }))
  .map((q) => q.trim())
  .filter((q) => q !== '' && Array.from(q).length <= 200);

const validStateArb: fc.Arbitrary<UrlState> = fc
  .record(
    {
      event: idArb,
      work: idArb,
      range: fc.oneof(
        fc.record({ from: isoArb }, { requiredKeys: [] }),
        fc.record({ to: isoArb }, { requiredKeys: [] }),
        fc.tuple(isoArb, isoArb).filter(([a, b]) => startMs(a) !== startMs(b)).map(([a, b]) => (startMs(a) < startMs(b) ? { from: a, to: b } : { from: b, to: a })),
      ),
      cat: fc.uniqueArray(idArb, { maxLength: 8 }),
      q: unicodeQueryArb,
      view: fc.constant('list' as const),
      lane: fc.constant('literature' as const),
      group: fc.constant('section' as const),
      mode: fc.constant('present' as const),
      tour: fc.uniqueArray(idArb, { minLength: 1, maxLength: 12 }),
    },
    { requiredKeys: [] },
  )
  .map(({ range, ...rest }) => ({ ...rest, ...range }));

describe('properties', () => {
  it('decode(encode(s)) equals s for every valid state', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
        expect(decodeUrlState(`#${encodeUrlState(state)}`)).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('encode(decode(h)) is a fixed point for the state it describes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (hash) => {
        const state = decodeUrlState(hash);
        expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
      }),
    );
  });

  const checkValid = (state: UrlState) => {
    for (const key of Object.keys(state)) expect(ALLOWED_KEYS.has(key), key).toBe(true);
    for (const value of Object.values(state)) expect(value).not.toBeUndefined();
    if ('event' in state) expect(state.event).toMatch(ID);
    if ('work' in state) expect(state.work).toMatch(ID);
    if ('lane' in state) expect(state.lane).toBe('literature');
    if ('group' in state) expect(state.group).toBe('section');
    if ('from' in state) expect(parseDate(state.from ?? '')).not.toBeNull();
    if ('to' in state) expect(parseDate(state.to ?? '')).not.toBeNull();
    if (state.from !== undefined && state.to !== undefined) expect(startMs(state.to)).toBeGreaterThan(startMs(state.from));
    if ('cat' in state) {
      expect(Array.isArray(state.cat)).toBe(true);
      for (const id of state.cat ?? []) expect(id).toMatch(ID);
      expect(new Set(state.cat).size).toBe(state.cat?.length);
    }
    if ('q' in state) {
      const q = state.q ?? '';
      expect(q).not.toBe('');
      expect(q.trim()).toBe(q);
      expect(Array.from(q).length).toBeLessThanOrEqual(200);
      expect(q).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // well-formed
    }
    if ('view' in state) expect(state.view).toBe('list');
    if ('mode' in state) expect(state.mode).toBe('present');
    if ('tour' in state) {
      expect(state.tour?.length).toBeGreaterThan(0);
      for (const id of state.tour ?? []) expect(id).toMatch(ID);
      expect(new Set(state.tour).size).toBe(state.tour?.length);
    }
  };

  it('never throws on arbitrary strings and returns only allowed keys with valid values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 5000 }), (hash) => {
        checkValid(decodeUrlState(hash));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary values for each key', () => {
    const part = fc.tuple(fc.constantFrom('event', 'work', 'from', 'to', 'cat', 'q', 'view', 'lane', 'group', 'mode', 'tour'), fc.string({ unit: 'binary', maxLength: 600 })).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.constantFrom('', '#'), (parts, prefix) => {
        checkValid(decodeUrlState(prefix + parts.join('&')));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on strings built from keys, separators and escapes', () => {
    const key = fc.constantFrom('event', 'from', 'to', 'cat', 'q', 'view', 'mode', 'tour', '', '#', '%', '+', 'Q', 'q%20', 'e%76ent');
    const token = fc.oneof(
      fc.constantFrom('list', '#', '&', '=', '%', '+', ',', ' ', '-', '%2', '%E0', '%A4', '%ZZ', '%2C', '%26', '%3D', '%23', '%25', '%20', '%F0%9F%98%80', '%ED%A0%80', '%C0%80'),
      fc.constantFrom('2014', '2014-02', '2014-02-29', '2020-02-29', '1990-03-26', '0000', '9999-12-31'),
      idArb,
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    const part = fc.tuple(key, fc.constantFrom('=', '', '=='), fc.array(token, { maxLength: 8 })).map(([k, eq, v]) => k + eq + v.join(''));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), fc.constantFrom('&', '&&', '#', '&#'), (parts, separator) => {
        checkValid(decodeUrlState(parts.join(separator)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds valid key=value pairs amid garbage', () => {
    const pair = fc.oneof(
      idArb.map((id) => `event=${id}`),
      isoArb.map((d) => `from=${d}`),
      isoArb.map((d) => `to=${d}`),
      fc.uniqueArray(idArb, { maxLength: 4 }).map((ids) => `cat=${ids.join(',')}`),
      unicodeQueryArb.map((q) => `q=${encodeURIComponent(q)}`),
      fc.constant('view=list'),
      fc.string({ unit: fc.constantFrom('%', '&', '=', '#', '+', 'a', 'q', 'to'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => {
        checkValid(decodeUrlState(pairs.join('&')));
      }),
    );
  });
});
