import { Fragment, type ReactNode } from 'react';
import { currentLang, formatNumber, messagesOf, type Lang, type MessageKey } from './messages';
import type { Localized } from './localize';

/**
 * A message with React nodes in its placeholders, for a sentence of the
 * interface that holds text in another language: the Chinese sentence around
 * an English title keeps the title in `<span lang="en">`, so a screen reader
 * reads each part in its own voice.
 *
 *   tParts('importShowing', { title: <span lang="en">{title}</span>, name })
 */
export function tParts(key: MessageKey, params: Readonly<Record<string, ReactNode>>, lang: Lang = currentLang()): ReactNode {
  const template = messagesOf(lang)[key];
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!(name in params)) continue;
    parts.push(template.slice(last, match.index));
    const value = params[name];
    parts.push(<Fragment key={parts.length}>{typeof value === 'number' ? formatNumber(value, lang) : value}</Fragment>);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return <>{parts}</>;
}

/** Text in its own language inside a sentence: a `<span lang>` where it differs from the page's, else the plain text. */
export function inLang(text: string, lang: string | undefined): ReactNode {
  return lang ? <span lang={lang}>{text}</span> : text;
}

const HAN_RUN = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]*)/u;

/**
 * A text that mixes Latin and Chinese script ("Lin, Junyu 林钧跃", "Zhengxin
 * 征信"), on a page in `pageLang`: on the English page its runs of Chinese
 * characters are marked `lang="zh-Hans"`, so a screen reader reads the names
 * in a Chinese voice. On the Chinese page the text is left as it is.
 */
export function mixedText(text: string, pageLang: Lang): ReactNode {
  if (pageLang === 'zh' || !HAN_RUN.test(text)) return text;
  return text.split(HAN_RUN).map((part, i) => (i % 2 === 1 ? <span key={i} lang="zh-Hans">{part}</span> : part));
}

const QUOTED = /(“[^“”]*”|《[^《》]*》)/u;
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

/**
 * A Chinese text of the dataset (a note, how a date is known) on the Chinese
 * page: what it quotes in Latin letters without Chinese characters (a form
 * as printed, an English title: “Liberthal 1992”, 《The Economist》) is
 * marked `lang="en"`, quotation marks outside, so a screen reader reads it in
 * an English voice. Names outside quotes ("Lin 2019") stay in the sentence.
 */
export function quotedEnglish(text: string): ReactNode {
  if (!QUOTED.test(text)) return text;
  return text.split(QUOTED).map((part, i) => {
    const inner = part.slice(1, -1);
    if (i % 2 === 0 || !LATIN.test(inner) || HAN.test(inner)) return part;
    return (
      <Fragment key={i}>
        {part[0]}
        <span lang="en">{inner}</span>
        {part[part.length - 1]}
      </Fragment>
    );
  });
}

/** A dataset text as `localize` found it: a Chinese one with its quoted English marked (quotedEnglish), an English one as it is (its element carries `langAttribute`). */
export function localizedContent(localized: Localized): ReactNode {
  return localized.lang === 'zh' ? quotedEnglish(localized.text) : localized.text;
}
