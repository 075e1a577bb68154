/**
 * Chinese characters to toneless pinyin, so a search typed in pinyin finds
 * Chinese text ("jiankangma" → 健康码).
 *
 * The table (pinyinTable.ts, made by `npm run data:pinyin`) covers the 6,763
 * characters of GB2312 and the few others in the built-in data (镕), one
 * reading each. For a character with several readings it is the most common
 * one (了 → "le", 行 → "xing"), so a word that reads it otherwise (银行
 * yinhang) is found by its characters, not its pinyin.
 * It is about 17 kB gzipped, so it is not in the initial bundle: `loadPinyinTable`
 * fetches it the first time a search needs it, and until then search works
 * without pinyin.
 */

/** Han character → toneless pinyin syllable ("ü" kept: "绿" → "lü"). */
export type PinyinTable = ReadonlyMap<string, string>;

const HAN = /\p{Script=Han}/u;
const HAN_CHARS = /\p{Script=Han}/gu;
/** One group of the packed table: a syllable, then the characters read so. */
const GROUP = /(\p{Script=Latin}+)(\P{Script=Latin}+)/gu;

/** Whether the text has any Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Reads the packed form "a啊阿ai哀埃…": each syllable followed by its characters. */
export function unpackPinyinTable(packed: string): PinyinTable {
  const table = new Map<string, string>();
  for (const [, syllable, chars] of packed.matchAll(GROUP)) {
    for (const char of chars!) table.set(char, syllable!);
  }
  return table;
}

/**
 * The text with each known Chinese character replaced by its syllable,
 * set off by spaces: "健康码 App" → " jian  kang  ma  App". Search removes
 * the spaces, so "jiankangma" and "jian kang ma" both match. Characters the
 * table does not know stay as they are.
 */
export function toPinyin(text: string, table: PinyinTable): string {
  return text.replace(HAN_CHARS, (char) => {
    const syllable = table.get(char);
    return syllable === undefined ? char : ` ${syllable} `;
  });
}

let loading: Promise<PinyinTable> | null = null;

/** Loads the table (a separate chunk) once; a failed load can be retried by calling again. */
export function loadPinyinTable(): Promise<PinyinTable> {
  loading ??= import('./pinyinTable').then(
    (module) => unpackPinyinTable(module.PINYIN_TABLE),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
