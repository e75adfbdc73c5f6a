import type { ContentChecker } from './port';
import { WechatSecCheck } from './wechat-sec-check';
import { WordListChecker } from './word-list';
import { extraWords } from './word-list-words';

export * from './port';
export { WechatSecCheck } from './wechat-sec-check';
export type { WxOpenApiCall } from './wechat-sec-check';
export { WordListChecker } from './word-list';
export { contentCheckSandbox, localImageVerdict } from './word-list-sandbox';
export type { LocalMediaCheckEvent } from './word-list-sandbox';

let checker: ContentChecker | undefined;

/**
 * The content checker of this process. GONGYING_CONTENT_CHECK picks it: `wechat`
 * or `wordlist`; unset means the word list on the local cloud (GONGYING_SERVICE_URL
 * set) and WeChat anywhere else: its checks need nothing beyond the CloudBase
 * environment, so the word list is never used in production unless asked for.
 */
export function contentChecker(env: NodeJS.ProcessEnv = process.env): ContentChecker {
  checker ??= chooseContentChecker(env);
  return checker;
}

/** Forgets the chosen adapter (tests change the environment between cases). */
export function resetContentChecker(): void {
  checker = undefined;
}

function chooseContentChecker(env: NodeJS.ProcessEnv): ContentChecker {
  const choice = env.GONGYING_CONTENT_CHECK?.trim();
  if (choice === 'wordlist' || (!choice && env.GONGYING_SERVICE_URL)) return new WordListChecker(extraWords(env));
  if (choice === 'wechat' || !choice) return new WechatSecCheck();
  throw new Error(`GONGYING_CONTENT_CHECK must be "wechat" or "wordlist", got "${choice}"`);
}
