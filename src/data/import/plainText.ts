/**
 * HTML from other people's timelines (TimelineJS headlines and texts) as plain
 * text. No HTML parser, no DOM, nothing that could run or load anything: a
 * small state machine drops tags, comments and the contents of script/style,
 * turns line and block breaks into "\n", collapses white space as HTML does,
 * and decodes the common character references. The result is always shown as
 * text, so a stray "<" that survives is harmless.
 */

const BREAK = new Set(['br']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figure', 'figcaption',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'title']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©', reg: '®', shy: '',
};

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Decodes &amp; &lt; &gt; &quot; &#39; &#NNN; &#xHH; and a few common named references; unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z]{2,8}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return NAMED[name ?? ''] ?? NAMED[(name ?? '').toLowerCase()] ?? whole;
  });
}

const TAG_START = /[A-Za-z/!?]/;
const NAME_CHAR = /[A-Za-z0-9-]/;

/** The text of an HTML fragment, tags stripped and references decoded. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let lower: string | null = null;
  let i = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out.push(decodeEntities(html.slice(runStart, end).replace(/[ \t\n\r\f]+/g, ' ')));
  };
  while (i < n) {
    const next = html.indexOf('<', i);
    if (next < 0) break;
    i = next;
    if (!TAG_START.test(html[i + 1] ?? '')) {
      i++;
      continue;
    }
    flush(i);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      runStart = i;
      continue;
    }
    let k = i + 1;
    const closing = html[k] === '/';
    if (closing) k++;
    const nameStart = k;
    while (k < n && NAME_CHAR.test(html[k]!)) k++;
    const name = html.slice(nameStart, k).toLowerCase();
    let inQuote: string | null = null;
    for (; k < n; k++) {
      const c = html[k]!;
      if (inQuote) {
        if (c === inQuote) inQuote = null;
      } else if (c === '"' || c === "'") inQuote = c;
      else if (c === '>') break;
    }
    i = k < n ? k + 1 : n;
    if (BREAK.has(name)) out.push('\n');
    else if (BLOCK.has(name)) out.push('\n\n');
    if (!closing && SKIP_CONTENT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? n : end;
    }
    runStart = i;
  }
  flush(n);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[ \n]+|[ \n]+$/g, '');
}
