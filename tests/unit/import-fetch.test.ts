import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDatasetUrl, fetchDatasetText, type FetchTextOptions } from '../../src/data/import/fetchDataset';

const BASE = 'https://site.example/courses/timeline/';
const encoder = new TextEncoder();

type FakeFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** A fetch that records its calls and answers with `respond`. */
function fakeFetch(respond: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl: FakeFetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return respond(url, init);
  };
  return { calls, fetchImpl: impl as typeof fetch };
}

function stream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

/** A body that never ends: it yields `chunkSize` bytes on every pull, and counts pulls and cancels. */
function endless(chunkSize: number) {
  const state = { pulls: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++;
        controller.enqueue(new Uint8Array(chunkSize).fill(97));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { state, body };
}

const options = (extra: Partial<FetchTextOptions> & { fetchImpl: typeof fetch }): FetchTextOptions => ({ baseUrl: BASE, ...extra });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkDatasetUrl', () => {
  it('allows this site and https:, and nothing else', () => {
    expect(checkDatasetUrl('data/my.json', BASE)).toMatchObject({ ok: true, sameOrigin: true });
    expect(checkDatasetUrl('/other/path.csv', BASE)).toMatchObject({ ok: true, sameOrigin: true });
    expect(checkDatasetUrl('https://raw.example.org/a.json', BASE)).toMatchObject({ ok: true, sameOrigin: false });
    expect(checkDatasetUrl('data/my.json', 'http://localhost:5173/')).toMatchObject({ ok: true, sameOrigin: true });
    expect(checkDatasetUrl('http://localhost:5174/x.json', 'http://localhost:5173/')).toMatchObject({ ok: false });
  });
});

describe('fetchDatasetText', () => {
  it('refuses other schemes before any request', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response('x'));
    const cases: [string, RegExp][] = [
      ['http://example.org/data.json', /http: is not encrypted/],
      ['javascript:alert(1)', /not javascript: addresses/],
      [' JaVaScRiPt:alert(1)', /not javascript: addresses/],
      ['data:text/plain,hello', /not data: addresses/],
      ['file:///etc/passwd', /not file: addresses/],
      ['ftp://example.org/x', /not ftp: addresses/],
      ['blob:https://site.example/123', /not blob: addresses/],
      ['https://user:secret@example.org/x.json', /user name or password/],
      ['https://[::1', /is not a web address/],
    ];
    for (const [url, message] of cases) {
      const result = await fetchDatasetText(url, options({ fetchImpl }));
      expect(result).toMatchObject({ ok: false, kind: 'blocked' });
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect(calls).toEqual([]);
  });

  it('sends credentials only to this site, and no referrer elsewhere', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response('title,start\n'));
    await fetchDatasetText('data/mine.csv', options({ fetchImpl }));
    await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl }));
    expect(calls.map((c) => [c.url, c.init?.credentials, c.init?.redirect, c.init?.referrerPolicy])).toEqual([
      ['https://site.example/courses/timeline/data/mine.csv', 'same-origin', 'follow', 'strict-origin-when-cross-origin'],
      ['https://other.example/x.csv', 'omit', 'follow', 'no-referrer'],
    ]);
  });

  it('downloads text with progress, decoding UTF-8 across chunks and dropping the BOM', async () => {
    const bytes = encoder.encode('\uFEFFtitle,start\n中国,1990\n');
    const chunks = [bytes.slice(0, 5), bytes.slice(5, 19), bytes.slice(19)]; // "中" is split across chunks 2 and 3
    const { fetchImpl } = fakeFetch(() => new Response(stream(chunks), { headers: { 'content-length': String(bytes.length), 'content-type': 'text/csv' } }));
    const progress: [number, number | null][] = [];
    const result = await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl, onProgress: (loaded, total) => progress.push([loaded, total]) }));
    expect(result).toEqual({ ok: true, text: 'title,start\n中国,1990\n', url: 'https://other.example/x.csv' });
    expect(progress).toEqual([
      [5, bytes.length],
      [19, bytes.length],
      [bytes.length, bytes.length],
    ]);
  });

  it('reports progress with an unknown total when there is no Content-Length', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(stream([encoder.encode('ab'), encoder.encode('c')])));
    const progress: [number, number | null][] = [];
    const result = await fetchDatasetText('data/x.csv', options({ fetchImpl, onProgress: (loaded, total) => progress.push([loaded, total]) }));
    expect(result).toMatchObject({ ok: true, text: 'abc' });
    expect(progress).toEqual([
      [2, null],
      [3, null],
    ]);
  });

  it('stops reading as soon as the size cap is passed while streaming', async () => {
    const { state, body } = endless(64 * 1024);
    const { fetchImpl } = fakeFetch(() => new Response(body));
    const result = await fetchDatasetText('https://other.example/huge.json', options({ fetchImpl, maxBytes: 1024 * 1024 }));
    expect(result).toEqual({ ok: false, kind: 'too-large', message: 'The file is larger than 1 MB.' });
    // 1 MB is 16 chunks of 64 kB; the 17th passes the cap. Allow for the stream's read-ahead.
    expect(state.pulls).toBeGreaterThanOrEqual(17);
    expect(state.pulls).toBeLessThanOrEqual(20);
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
  });

  it('uses 5 MB as the default cap', async () => {
    const { state, body } = endless(1024 * 1024);
    const { fetchImpl } = fakeFetch(() => new Response(body));
    const result = await fetchDatasetText('https://other.example/huge.json', options({ fetchImpl }));
    expect(result).toEqual({ ok: false, kind: 'too-large', message: 'The file is larger than 5 MB.' });
    expect(state.pulls).toBeLessThanOrEqual(8);
  });

  it('fails early when Content-Length is over the cap, without reading the body', async () => {
    const { state, body } = endless(1024);
    const { fetchImpl } = fakeFetch(() => new Response(body, { headers: { 'content-length': String(6 * 1024 * 1024) } }));
    const result = await fetchDatasetText('https://other.example/huge.json', options({ fetchImpl }));
    expect(result).toEqual({ ok: false, kind: 'too-large', message: 'The file is larger than 5 MB.' });
    expect(state.pulls).toBeLessThanOrEqual(1);
    await vi.waitFor(() => expect(state.cancelled).toBe(true));
  });

  it('times out when the server does not answer', async () => {
    const { fetchImpl } = fakeFetch(() => new Promise<Response>(() => undefined));
    const result = await fetchDatasetText('https://other.example/slow.json', options({ fetchImpl, timeoutMs: 50 }));
    expect(result).toEqual({ ok: false, kind: 'timeout', message: 'The server did not answer within 0.1 seconds.' });
  });

  it('times out when the body stops coming', async () => {
    const started = Date.now();
    let cancelled = false;
    const slow = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"events": ['));
      },
      pull() {
        return new Promise(() => undefined); // never sends more
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fetchImpl } = fakeFetch(() => new Response(slow));
    const result = await fetchDatasetText('https://other.example/slow.json', options({ fetchImpl, timeoutMs: 80 }));
    expect(result).toMatchObject({ ok: false, kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('names the default time limit in seconds', async () => {
    const originalTimeout = AbortSignal.timeout;
    // A time limit that fires at once, so that the default message can be read.
    AbortSignal.timeout = () => AbortSignal.abort(new DOMException('late', 'TimeoutError'));
    try {
      const { fetchImpl } = fakeFetch(() => new Promise<Response>(() => undefined));
      const result = await fetchDatasetText('https://other.example/slow.json', options({ fetchImpl }));
      expect(result).toEqual({ ok: false, kind: 'timeout', message: 'The server did not answer within 10 seconds.' });
    } finally {
      AbortSignal.timeout = originalTimeout;
    }
  });

  it('combines the time limit with the caller\'s signal, with or without AbortSignal.any', async () => {
    for (const withAny of [true, false]) {
      const originalAny = AbortSignal.any;
      if (!withAny) (AbortSignal as { any?: unknown }).any = undefined;
      try {
        const controller = new AbortController();
        const { calls, fetchImpl } = fakeFetch(
          (_url, init) =>
            new Promise<Response>((_, reject) => {
              init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            }),
        );
        const pending = fetchDatasetText('https://other.example/x.json', options({ fetchImpl, signal: controller.signal, timeoutMs: 5_000 }));
        await vi.waitFor(() => expect(calls).toHaveLength(1));
        controller.abort();
        expect(await pending).toEqual({ ok: false, kind: 'aborted', message: 'The download was cancelled.' });
        expect(calls[0]?.init?.signal?.aborted).toBe(true);

        const late = fakeFetch(() => new Promise<Response>(() => undefined));
        expect(await fetchDatasetText('https://other.example/x.json', options({ fetchImpl: late.fetchImpl, signal: new AbortController().signal, timeoutMs: 30 }))).toMatchObject({
          ok: false,
          kind: 'timeout',
        });
      } finally {
        AbortSignal.any = originalAny;
      }
    }
  });

  it('does not start when the caller has already given up', async () => {
    const { calls, fetchImpl } = fakeFetch(() => new Response('x'));
    const result = await fetchDatasetText('https://other.example/x.json', options({ fetchImpl, signal: AbortSignal.abort() }));
    expect(result).toMatchObject({ ok: false, kind: 'aborted' });
    expect(calls).toEqual([]);
  });

  it('names the HTTP status', async () => {
    for (const [status, statusText, expected] of [
      [404, '', 'The server answered 404 Not Found.'],
      [500, '', 'The server answered 500 Internal Server Error.'],
      [418, "I'm a teapot", "The server answered 418 I'm a teapot."],
      [599, '', 'The server answered 599.'],
    ] as const) {
      const { fetchImpl } = fakeFetch(() => new Response('nope', { status, statusText }));
      expect(await fetchDatasetText('https://other.example/x.json', options({ fetchImpl }))).toEqual({ ok: false, kind: 'http', message: expected });
    }
  });

  it('explains a network or CORS failure', async () => {
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchDatasetText('https://other.example/x.json', options({ fetchImpl }))).toEqual({
      ok: false,
      kind: 'network',
      message: 'The request was blocked or failed (the server may not allow cross-origin requests (CORS) or be offline).',
    });
    const broken = fakeFetch(() => new Response(new ReadableStream({ pull: (controller) => controller.error(new TypeError('reset')) })));
    expect(await fetchDatasetText('https://other.example/x.json', options({ fetchImpl: broken.fetchImpl }))).toMatchObject({ ok: false, kind: 'network' });
  });

  it('re-checks where a redirect ends', async () => {
    const redirected = (url: string) => {
      const response = new Response('title,start\n');
      Object.defineProperty(response, 'url', { value: url });
      return response;
    };
    const toHttp = fakeFetch(() => redirected('http://plain.example/x.csv'));
    const result = await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl: toHttp.fetchImpl }));
    expect(result).toMatchObject({ ok: false, kind: 'blocked' });
    if (!result.ok) expect(result.message).toContain('http://plain.example/x.csv');
    const toHttps = fakeFetch(() => redirected('https://cdn.example/x.csv'));
    expect(await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl: toHttps.fetchImpl }))).toEqual({ ok: true, text: 'title,start\n', url: 'https://cdn.example/x.csv' });
  });

  it('refuses binary files and web pages', async () => {
    const png = fakeFetch(() => new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } }));
    expect(await fetchDatasetText('https://other.example/x.png', options({ fetchImpl: png.fetchImpl }))).toMatchObject({ ok: false, kind: 'not-text' });
    const zip = fakeFetch(() => new Response(new Uint8Array([80, 75, 3, 4, 0, 0]), { headers: { 'content-type': 'application/octet-stream' } }));
    expect(await fetchDatasetText('https://other.example/x.xlsx', options({ fetchImpl: zip.fetchImpl }))).toMatchObject({ ok: false, kind: 'not-text' });
    const page = fakeFetch(() => new Response('<!DOCTYPE html><html><body>GitHub</body></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const result = await fetchDatasetText('https://github.com/a/b/blob/main/x.csv', options({ fetchImpl: page.fetchImpl }));
    expect(result).toMatchObject({ ok: false, kind: 'not-text' });
    if (!result.ok) expect(result.message).toMatch(/web page/);
    const sniffed = fakeFetch(() => new Response('\n<html lang="en"><body></body></html>', { headers: { 'content-type': 'text/plain' } }));
    expect(await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl: sniffed.fetchImpl }))).toMatchObject({ ok: false, kind: 'not-text' });
  });

  it('replaces invalid UTF-8 instead of failing', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(new Uint8Array([0x61, 0xff, 0x62])));
    expect(await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl }))).toMatchObject({ ok: true, text: 'a\uFFFDb' });
  });

  it('is not broken by a progress callback that throws', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('abc'));
    const result = await fetchDatasetText('https://other.example/x.csv', options({ fetchImpl, onProgress: () => { throw new Error('ui'); } }));
    expect(result).toMatchObject({ ok: true, text: 'abc' });
  });
});
