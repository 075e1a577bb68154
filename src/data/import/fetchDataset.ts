/**
 * Downloads the text of a timeline file from a link someone pasted, safely:
 * - only files on this site (same origin as `baseUrl`) or https: addresses;
 *   http:, javascript:, data:, file:, blob: and the rest are refused before any
 *   request, and so is a redirect that ends anywhere else;
 * - no cookies or credentials are sent to other sites, and no referrer;
 * - a time limit (default 10 s) over the whole download, combined with the
 *   caller's AbortSignal;
 * - a size cap (default 5 MB) enforced while the body streams in: the
 *   download stops as soon as the cap is passed (and before it starts when
 *   Content-Length already says so);
 * - UTF-8 decoding (invalid bytes become U+FFFD), BOM removed; binary files
 *   and web pages are refused.
 * It never throws: every failure is a result with a kind and a plain message.
 */

import { t, type MessageKey } from '../../i18n/messages';
import '../../i18n/messagesLater';

/** The message keys of the failures (in src/i18n/messages.ts, in every language). */
export type FetchMessageKey = Extract<MessageKey, `fetch${string}`>;

/** A failure's message, in the interface language at the time it happened. */
function fill(key: FetchMessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return t(key, values);
}

export type FetchFailureKind = 'blocked' | 'timeout' | 'network' | 'http' | 'too-large' | 'not-text' | 'aborted';

export type FetchTextResult =
  | { readonly ok: true; readonly text: string; readonly url: string }
  | { readonly ok: false; readonly kind: FetchFailureKind; readonly message: string };

export interface FetchTextOptions {
  /** The page's own address (document.baseURI): relative links resolve against it, and its origin is "this site". */
  readonly baseUrl: string;
  readonly signal?: AbortSignal;
  /** Called as bytes arrive; `total` from Content-Length, null when unknown. */
  onProgress?(loaded: number, total: number | null): void;
  /** Default 10,000 ms, for the whole download. */
  readonly timeoutMs?: number;
  /** Default 5 MB (5 × 1024 × 1024 bytes). */
  readonly maxBytes?: number;
  readonly fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export type UrlCheck = { readonly ok: true; readonly url: URL; readonly sameOrigin: boolean } | { readonly ok: false; readonly message: string };

/** Whether an address may be fetched: on this site (same origin as `baseUrl`), or https:. */
export function checkDatasetUrl(raw: string, baseUrl: string): UrlCheck {
  let base: URL;
  let url: URL;
  try {
    base = new URL(baseUrl);
    url = new URL(raw.trim(), base);
  } catch {
    return { ok: false, message: fill('fetchNotAnAddress', { url: raw.trim().slice(0, 200) }) };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, message: fill('fetchBlockedCredentials') };
  const sameOrigin = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === base.origin;
  if (sameOrigin || url.protocol === 'https:') return { ok: true, url, sameOrigin };
  if (url.protocol === 'http:') return { ok: false, message: fill('fetchBlockedHttp') };
  return { ok: false, message: fill('fetchBlockedScheme', { scheme: url.protocol }) };
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  return kb >= 1 ? `${Number.isInteger(kb) ? kb : kb.toFixed(1)} kB` : `${bytes} bytes`;
}

interface Deadline {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

/** The time limit, combined with the caller's signal (AbortSignal.any where there is one). */
function deadline(caller: AbortSignal | undefined, timeoutMs: number): Deadline {
  let timeout: AbortSignal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof AbortSignal.timeout === 'function') timeout = AbortSignal.timeout(timeoutMs);
  else {
    const controller = new AbortController();
    timer = setTimeout(() => controller.abort(new DOMException('The time limit passed.', 'TimeoutError')), timeoutMs);
    timeout = controller.signal;
  }
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
  };
  if (!caller) return { signal: timeout, timedOut: () => timeout.aborted, dispose: clear };
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any([caller, timeout]), timedOut: () => timeout.aborted && !caller.aborted, dispose: clear };
  const controller = new AbortController();
  const forward = (source: AbortSignal) => () => controller.abort(source.reason);
  const onCaller = forward(caller);
  const onTimeout = forward(timeout);
  if (caller.aborted) onCaller();
  else if (timeout.aborted) onTimeout();
  caller.addEventListener('abort', onCaller, { once: true });
  timeout.addEventListener('abort', onTimeout, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timeout.aborted && !caller.aborted,
    dispose: () => {
      clear();
      caller.removeEventListener('abort', onCaller);
      timeout.removeEventListener('abort', onTimeout);
    },
  };
}

const BINARY_TYPE = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|x-zip-compressed|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.openxmlformats|vnd\.oasis\.opendocument|msword|vnd\.ms-powerpoint|wasm)/i;
const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)/i;

function asBytes(chunk: unknown): Uint8Array | null {
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return null;
}

class Failure {
  constructor(
    readonly kind: FetchFailureKind,
    readonly message: string,
  ) {}
}

/** Downloads a timeline file as text; see the top of this file. Never throws. */
export async function fetchDatasetText(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  const checked = checkDatasetUrl(url, options.baseUrl);
  if (!checked.ok) return { ok: false, kind: 'blocked', message: checked.message };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  if (options.signal?.aborted) return { ok: false, kind: 'aborted', message: fill('fetchAborted') };

  const limit = deadline(options.signal, timeoutMs);
  const seconds = Math.round(timeoutMs / 100) / 10;
  /** Why the request stopped, once the signal has fired or fetch has failed. */
  const stopped = (): Failure => {
    if (limit.timedOut()) return new Failure('timeout', fill('fetchTimeout', { seconds }));
    if (options.signal?.aborted) return new Failure('aborted', fill('fetchAborted'));
    return new Failure('network', fill('fetchNetwork'));
  };
  // Rejects when the signal fires, so that a body that stops sending cannot outlive the time limit.
  let onAbort: (() => void) | undefined;
  const whenAborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopped());
    if (limit.signal.aborted) onAbort();
    else limit.signal.addEventListener('abort', onAbort, { once: true });
  });
  whenAborted.catch(() => undefined);

  let reader: ReadableStreamDefaultReader<unknown> | undefined;
  let response: Response | undefined;
  const discard = () => {
    if (reader) reader.cancel().catch(() => undefined);
    else if (response?.body && !response.bodyUsed) response.body.cancel().catch(() => undefined);
  };

  try {
    try {
      response = await Promise.race([
        fetchImpl(checked.url.href, {
          method: 'GET',
          credentials: checked.sameOrigin ? 'same-origin' : 'omit',
          redirect: 'follow',
          referrerPolicy: checked.sameOrigin ? 'strict-origin-when-cross-origin' : 'no-referrer',
          signal: limit.signal,
        }),
        whenAborted,
      ]);
    } catch (error) {
      throw error instanceof Failure ? error : stopped();
    }

    const finalUrl = response.url || checked.url.href;
    if (response.url) {
      const final = checkDatasetUrl(response.url, options.baseUrl);
      if (!final.ok) throw new Failure('blocked', fill('fetchBlockedRedirect', { url: response.url.slice(0, 200) }));
    }
    if (!response.ok) {
      const reason = response.statusText || REASONS[response.status] || '';
      throw new Failure('http', fill('fetchHttp', { status: `${response.status}${reason ? ` ${reason}` : ''}` }));
    }
    const type = response.headers.get('content-type') ?? '';
    if (HTML_TYPE.test(type.trim())) throw new Failure('not-text', fill('fetchWebPage'));
    if (BINARY_TYPE.test(type.trim())) throw new Failure('not-text', fill('fetchNotText'));
    const declared = response.headers.get('content-length');
    const total = declared !== null && /^\s*\d{1,15}\s*$/.test(declared) ? Number(declared) : null;
    if (total !== null && total > maxBytes) throw new Failure('too-large', fill('fetchTooLarge', { size: formatSize(maxBytes) }));

    const progress = (loaded: number) => {
      try {
        options.onProgress?.(loaded, total);
      } catch {
        // a broken progress display must not break the download
      }
    };
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const parts: string[] = [];
    let loaded = 0;
    if (response.body) {
      reader = response.body.getReader();
      for (;;) {
        const step = await Promise.race([reader.read(), whenAborted]);
        if (step.done) break;
        const bytes = asBytes(step.value);
        if (!bytes) throw new Failure('not-text', fill('fetchNotText'));
        loaded += bytes.byteLength;
        if (loaded > maxBytes) throw new Failure('too-large', fill('fetchTooLarge', { size: formatSize(maxBytes) }));
        parts.push(decoder.decode(bytes, { stream: true }));
        progress(loaded);
      }
      reader = undefined;
    } else {
      const buffer = await Promise.race([response.arrayBuffer(), whenAborted]);
      loaded = buffer.byteLength;
      if (loaded > maxBytes) throw new Failure('too-large', fill('fetchTooLarge', { size: formatSize(maxBytes) }));
      parts.push(decoder.decode(new Uint8Array(buffer), { stream: true }));
      progress(loaded);
    }
    parts.push(decoder.decode());
    let text = parts.join('');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\u0000')) throw new Failure('not-text', fill('fetchNotText'));
    if (/^\s*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 512))) throw new Failure('not-text', fill('fetchWebPage'));
    return { ok: true, text, url: finalUrl };
  } catch (error) {
    discard();
    const failure = error instanceof Failure ? error : limit.signal.aborted ? stopped() : new Failure('network', fill('fetchNetwork'));
    return { ok: false, kind: failure.kind, message: failure.message };
  } finally {
    if (onAbort) limit.signal.removeEventListener('abort', onAbort);
    limit.dispose();
  }
}
