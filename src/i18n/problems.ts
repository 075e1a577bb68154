/**
 * Validation and import problems in Chinese.
 *
 * A problem is data: a path (`events[3].start`, `line 5`) and a message, a
 * plain English sentence built where the problem is found (validate.ts,
 * schema.ts's checks, jsonSyntax.ts, the importers). The English sentence is
 * the canonical form: `npm run data:check` prints it, the report's "Copy"
 * gives it, tests read it. For the Chinese interface `formatProblem` renders
 * it through the rules below, one per sentence the code can produce, each
 * keeping the data in it (quoted values, numbers, paths, column names) as it
 * is and translating the parts around it, recursively for the parts that are
 * sentences themselves ("category \"x\": <message>").
 *
 * A sentence no rule matches is shown in English, marked `lang: 'en'` so the
 * page can say so (validate.ts's localizeProblem). This module travels in
 * the Chinese pack (packs.ts). tests/unit/problems.test.ts runs every importer and the
 * validator over broken inputs and fails on any sentence left in English:
 * a new message needs its rule here.
 */
type Translate = (english: string) => string | null;
type Rule = readonly [RegExp, (m: RegExpMatchArray, tr: Translate) => string | null];

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';

/** describeValue's words ("the text \"x\"", "a list", "the number 3"). */
function value(english: string): string {
  const text = /^the text (".*")$/s.exec(english);
  if (text) return `文本 ${text[1]}`;
  const number = /^the number (.+)$/.exec(english);
  if (number) return `数字 ${number[1]}`;
  const boolean = /^boolean (true|false)$/.exec(english);
  if (boolean) return `布尔值 ${boolean[1]}`;
  const named: Record<string, string> = { null: 'null', 'a list': '列表', 'an object': '对象', 'undefined undefined': '未定义的值' };
  return named[english] ?? english;
}

/** What a field should be ("a whole number", "text", a picklist). */
function expected(english: string): string {
  const named: Record<string, string> = {
    text: '文本',
    'a number': '数字',
    'true or false': 'true 或 false',
    'a list': '列表',
    'an object': '对象',
    'a whole number': '整数',
    'a number of at least 1': '不小于 1 的数字',
    'a list of events': '事件列表',
    'an object with a list of "events"': '含有 "events" 列表的对象',
    'an object {headline, text}': '对象 {headline, text}',
    'an object such as {"year": 1990, "month": 3}': '形如 {"year": 1990, "month": 3} 的对象',
  };
  return named[english] ?? english;
}

/** A kind of record or key ("category id", "footnote"). */
function what(english: string): string {
  const named: Record<string, string> = {
    'category id': '类别 id',
    'event id': '事件 id',
    'era id': '时期 id',
    'tour id': '导览 id',
    'section id': '章节 id',
    'section number': '章节编号',
    'footnote number': '脚注编号',
    'reference id': '文献 id',
    'reference key': '文献 key',
    footnote: '脚注',
    reference: '文献',
    category: '类别',
    event: '事件',
  };
  return named[english] ?? english;
}

/** "events[0], events[4] and 3 more" → "events[0], events[4] 等，另有 3 个"; `"a" and "b"` → `"a" 和 "b"`. */
function list(english: string): string {
  return english.replace(/ and (\d+) more$/, ' 等，另有 $1 个').replace(new RegExp(`(${QUOTED}) and (${QUOTED})`, 'g'), '$1 和 $2');
}

/** Where: "line 5" → "第 5 行", "the file" → "文件", a JSON path as it is. */
export function problemPath(english: string): string {
  if (english === 'the file') return '文件';
  const line = /^lines? (.+)$/.exec(english);
  if (line) return `第 ${list(line[1]!)} 行`;
  return english;
}

/** "column 3 (\"works\")" → "第 3 列（\"works\"）". */
function column(english: string): string {
  const m = new RegExp(`^column (\\d+)(?: \\((${QUOTED})\\))?$`).exec(english);
  if (!m) return english;
  return m[2] ? `第 ${m[1]} 列（${m[2]}）` : `第 ${m[1]} 列`;
}

/** "one event has" / "3 events have" → the number. */
const count = (one: string | undefined, n: string | undefined) => (n ?? (one ? '1' : '?'));

const Q = QUOTED;
const RULES: readonly Rule[] = [
  [/^is missing$/, () => '缺失'],
  [/^is empty$/, () => '为空'],
  [/^has no steps$/, () => '没有步骤'],
  [/^names no section$/, () => '没有列出章节'],
  [/^the file is empty$/, () => '文件为空'],
  [/^(.*); it is left out$/s, (m, tr) => wrap(tr(m[1]!), (s) => `${s}；已略去`)],
  [/^should be a person \{family, given\} or an institution \{literal\}$/, () => '应为个人 {family, given} 或机构 {literal}'],
  [/^should be (.+?), not (.+)$/s, (m) => `应为${expected(m[1]!)}，而不是${value(m[2]!)}`],
  [/^(.+) is not one of (.+)$/s, (m) => `${value(m[1]!)} 不在允许的值之中：${m[2]}`],
  [
    new RegExp(`^([a-z]+ (?:id|key|number)) (${Q}|\\d+) is used twice \\(first at (.+?)\\)(; only the first is loaded)?$`),
    (m) => `${what(m[1]!)} ${m[2]} 重复出现（第一次在 ${problemPath(m[3]!)}）${m[4] ? '；只加载第一个' : ''}`,
  ],
  [new RegExp(`^(${Q}) is before the start (${Q})$`), (m) => `${m[1]} 早于开始日期 ${m[2]}`],
  [new RegExp(`^(footnote|category|reference|event) (${Q}|\\d+) does not exist$`), (m) => `${what(m[1]!)} ${m[2]} 不存在`],
  [new RegExp(`^(footnote|category|reference|event) (${Q}|\\d+) was not loaded \\(see (.+)\\)$`), (m) => `${what(m[1]!)} ${m[2]} 没有加载（见 ${problemPath(m[3]!)}）`],
  [new RegExp(`^(${Q}) is not a date \\(expected YYYY, YYYY-MM or YYYY-MM-DD\\)$`), (m) => `${m[1]} 不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）`],
  [new RegExp(`^(${Q}) is not a date$`), (m) => `${m[1]} 不是有效的日期`],
  [new RegExp(`^(${Q}) is not an id \\(lowercase letters, digits and "-"\\)$`), (m) => `${m[1]} 不是 id（只能用小写字母、数字和 "-"）`],
  [new RegExp(`^(${Q}) is not an http\\(s\\) link$`), (m) => `${m[1]} 不是 http(s) 链接`],
  [new RegExp(`^(${Q}) is not a DOI$`), (m) => `${m[1]} 不是 DOI`],
  [new RegExp(`^(${Q}) is not a section number \\(expected "5" or "7\\.1"\\)$`), (m) => `${m[1]} 不是章节编号（应为 "5" 或 "7.1" 这样的形式）`],

  // JSON syntax (checkText.ts, jsonSyntax.ts)
  [/^not valid JSON: line (\d+), column (\d+): (.+)$/s, (m, tr) => wrap(tr(m[3]!), (s) => `不是有效的 JSON：第 ${m[1]} 行第 ${m[2]} 列：${s}`)],
  [/^not valid JSON$/, () => '不是有效的 JSON'],
  [/^the text ends$/, () => '文本已结束'],
  [new RegExp(`^unexpected (${Q})$`), (m) => `意外的 ${m[1]}`],
  [/^bad \\u escape in a string$/, () => '字符串中的 \\u 转义有误'],
  [/^bad escape in a string$/, () => '字符串中的转义有误'],
  [/^a control character \(such as a raw newline\) inside a string$/, () => '字符串中有控制字符（例如未转义的换行）'],
  [/^a string is not closed$/, () => '字符串没有闭合'],
  [/^nested too deeply$/, () => '嵌套过深'],
  [/^expected a "quoted" key, (.+)$/s, (m, tr) => wrap(tr(m[1]!), (s) => `应为带引号的键，${s}`)],
  [new RegExp(`^expected (${Q}(?: or ${Q})?), (.+)$`, 's'), (m, tr) => wrap(tr(m[2]!), (s) => `应为 ${m[1]!.replace(' or ', ' 或 ')}，${s}`)],
  [/^(.+) after the end of the data$/s, (m, tr) => wrap(tr(m[1]!), (s) => `数据结束之后：${s}`)],

  // Any importer (lenient.ts)
  [
    /^(?:(one) category was|(\d+) categories were) made from the events' category ids, each labelled with its id: (.+)$/s,
    (m) => `根据事件的类别 id 创建了 ${count(m[1], m[2])} 个类别，名称即其 id：${list(m[3]!)}`,
  ],
  [new RegExp(`^was not loaded; the title (${Q}) is used instead$`), (m) => `没有加载；改用标题 ${m[1]}`],
  [/^there are no events$/, () => '没有事件'],
  [/^the only event could not be loaded$/, () => '唯一的事件无法加载'],
  [/^none of the (\d+) events could be loaded$/, (m) => `${m[1]} 个事件都无法加载`],
  [/^is missing: a timeline needs a list of events$/, () => '缺失：时间线需要一个事件列表'],
  [/^(?:(one) event has|(\d+) events have) no "summary" and (?:is|are) given an empty one: (.+)$/s, (m) => `${count(m[1], m[2])} 个事件没有 "summary"，已设为空：${list(m[3]!)}`],
  [/^(?:(one) event has|(\d+) events have) no "footnotes" list and (?:is|are) given an empty one: (.+)$/s, (m) => `${count(m[1], m[2])} 个事件没有 "footnotes" 列表，已设为空列表：${list(m[3]!)}`],
  [/^is missing; the timeline has no footnotes$/, () => '缺失；时间线没有脚注'],
  [/^is missing; the timeline has no references$/, () => '缺失；时间线没有参考文献'],
  [new RegExp(`^(is missing|has no headline); the title (${Q}) is used$`), (m) => `${m[1] === 'is missing' ? '缺失' : '没有标题（headline）'}；使用标题 ${m[2]}`],
  [/^(are missing|were left out); (.+)$/s, (m, tr) => wrap(tr(m[2]!), (s) => `${m[1] === 'are missing' ? '缺失' : '已略去'}；${s}`)],
  [new RegExp(`^category (${Q}): (.+)$`, 's'), (m, tr) => wrap(tr(m[2]!), (s) => `类别 ${m[1]}：${s}`)],

  // CSV (csv.ts)
  [/^the header has a quote that is never closed \(it opens on line (\d+)\)$/, (m) => `表头中有一个引号没有闭合（始于第 ${m[1]} 行）`],
  [new RegExp(`^(column \\d+(?: \\(${Q}\\))?) is repeated \\((?:column|columns) (.+)\\); only the first is read$`), (m) => `${column(m[1]!)}重复出现（第 ${list(m[2]!)} 列）；只读取第一个`],
  [
    new RegExp(`^the header \\(the first line\\) needs (?:a column|columns) named (.+?), but (it is empty|it has (.+?))(?: \\(the separator was taken to be (${Q})\\))?\\. Expected columns: (.+)$`, 's'),
    (m) =>
      `表头（第一行）需要名为 ${list(m[1]!)} 的列，但${m[3] ? `表头中是 ${list(m[3])}` : '表头为空'}${m[4] ? `（分隔符被识别为 ${m[4]}）` : ''}。应有的列：${m[5]}`,
  ],
  [/^(?:column|columns) (.+) (?:has|have) no usable name; (?:its|their) cells are ignored$/, (m) => `第 ${list(m[1]!)} 列没有可用的列名；其中的单元格被忽略`],
  [/^there is no "id" column: each event's id is made from its title and start date$/, () => '没有 "id" 列：每个事件的 id 由其标题和开始日期生成'],
  [new RegExp(`^there is no "category" column: every event is in the category (${Q})$`), (m) => `没有 "category" 列：所有事件都归入类别 ${m[1]}`],
  [/^a quote is never closed(?: \(it opens on line (\d+)\))?, so the rest of the file is inside one cell$/, (m) => `有一个引号没有闭合${m[1] ? `（始于第 ${m[1]} 行）` : ''}，因此文件其余部分都在同一个单元格中`],
  [new RegExp(`^approximate (${Q}) should be true or false \\(or yes/no, 1/0\\)$`), (m) => `approximate ${m[1]} 应为 true 或 false（或 yes/no、1/0）`],
  [
    new RegExp(`^footnotes (${Q}): (${Q}) is not a footnote number \\(whole numbers from 1, separated by ";", "," or spaces\\)$`),
    (m) => `footnotes ${m[1]}：${m[2]} 不是脚注编号（应为从 1 开始的整数，用 ";"、"," 或空格分隔）`,
  ],
  [
    /^category names are not ids \(lowercase letters, digits and "-"\), so ids were made from them, with the name as label: (.+)$/s,
    (m) => `类别名称不是 id（小写字母、数字和 "-"），因此根据名称生成了 id，并以名称为标签：${list(m[1]!)}`,
  ],
  [/^(?:(one) row|(\d+) rows) (?:has|have) no id, so ids were made from the title and start \((.+)\)$/, (m) => `${count(m[1], m[2])} 行没有 id，已根据标题和开始日期生成（${problemPath(m[3]!)}）`],
  [new RegExp(`^(?:(one) row|(\\d+) rows) (?:has|have) no category and (?:is|are) in (${Q}) \\((.+)\\)$`), (m) => `${count(m[1], m[2])} 行没有类别，归入 ${m[3]}（${problemPath(m[4]!)}）`],
  [/^(?:(one) row|(\d+) rows) (?:has|have) cells beyond the last column, which are ignored \((.+)\)$/, (m) => `${count(m[1], m[2])} 行有超出最后一列的单元格，已忽略（${problemPath(m[3]!)}）`],
  [/^text after a closing quote is kept as part of the cell \((.+)\)$/, (m) => `闭合引号之后的文本保留为单元格的一部分（${problemPath(m[1]!)}）`],
  [/^a CSV file has no footnote texts: the footnote numbers are kept, and shown as not in this dataset$/, () => 'CSV 文件没有脚注文本：保留脚注编号，并显示为不在本数据集中'],
  [new RegExp(`^a CSV file has no title; (${Q}) is used$`), (m) => `CSV 文件没有标题；使用 ${m[1]}`],
  [/^there are no rows under the header$/, () => '表头下面没有数据行'],
  [/^the only row could not be loaded$/, () => '唯一的一行无法加载'],
  [/^none of the (\d+) rows could be loaded$/, (m) => `${m[1]} 行都无法加载`],

  // TimelineJS (timelinejs.ts)
  [/^(.+) is not a whole number$/s, (m) => `${value(m[1]!)} 不是整数`],
  [/^(-?\d+) is not a year this timeline can show \(1 to 9999: no year 0, no years BCE\)$/, (m) => `${m[1]} 不是本时间线能显示的年份（1 至 9999：没有公元 0 年，也没有公元前的年份）`],
  [/^(-?\d+) is not a month \(1 to 12\)$/, (m) => `${m[1]} 不是月份（1 至 12）`],
  [/^a day \((-?\d+)\) needs a month$/, (m) => `日（${m[1]}）需要同时给出月份`],
  [/^(-?\d+) is not a day of (\d+-\d+) \(1 to (\d+)\)$/, (m) => `${m[1]} 不是 ${m[2]} 中的日期（1 至 ${m[3]}）`],
  [new RegExp(`^(${Q}) is not an id in this format \\(lowercase letters, digits and "-"\\); (${Q}) is used$`), (m) => `${m[1]} 不是本格式的 id（小写字母、数字和 "-"）；改用 ${m[2]}`],
  [/^(?:(one) event has|(\d+) events have) no unique_id, so ids were made from the headline and date: (.+)$/s, (m) => `${count(m[1], m[2])} 个事件没有 unique_id，已根据标题和日期生成 id：${list(m[3]!)}`],
  [new RegExp(`^no event has a group, so all are in one category, (${Q})$`), (m) => `没有事件有分组（group），因此全部归入同一个类别 ${m[1]}`],
  [new RegExp(`^(?:(one) event has|(\\d+) events have) no group and (?:is|are) in the category (${Q}): (.+)$`, 's'), (m) => `${count(m[1], m[2])} 个事件没有分组，归入类别 ${m[3]}：${list(m[4]!)}`],
  [/^categories were made from the groups, with the group as label: (.+)$/s, (m) => `已根据分组创建类别，并以分组名为标签：${list(m[1]!)}`],
  [/^times of day are not kept \(dates stop at the day\): (.+)$/s, (m) => `不保留一天中的时刻（日期只精确到日）：${list(m[1]!)}`],
  [/^media \(images, video, links\) are kept in the data but not shown: (.+)$/s, (m) => `媒体（图片、视频、链接）保留在数据中，但不显示：${list(m[1]!)}`],

  // CSV: a cell's message after its column name ("start \"1990-13-01\" is not a date"); last, as the most general.
  [/^([a-z][a-z_]*(?:\[[^\]]+\])*) (.+)$/s, (m, tr) => wrap(tr(m[2]!), (s) => `${m[1]} ${s}`)],
];

function wrap(inner: string | null, around: (s: string) => string): string | null {
  return inner === null ? null : around(inner);
}

/** The Chinese of one English problem sentence, or null when no rule knows it. */
export function translateProblem(english: string, depth = 0): string | null {
  if (depth > 8) return null;
  const tr: Translate = (part) => translateProblem(part, depth + 1);
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(english);
    if (!m) continue;
    const text = render(m, tr);
    if (text !== null) return text;
  }
  return null;
}

