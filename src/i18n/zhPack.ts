/** The Chinese interface, loaded on demand (see packs.ts). */
import { zhCN } from 'date-fns/locale/zh-CN';
import type { LangPack } from './packs';
import { problemPath, translateProblem } from './problems';
import { zh } from './zh';

export const zhPack: LangPack = { messages: zh, dateLocale: zhCN, translateProblem: (english) => translateProblem(english), problemPath };
