import type { Verdict } from './port';

/** Words that earn one verdict and one label (the local list's category). */
export interface WordCategory {
  verdict: Exclude<Verdict, 'pass'>;
  label: string;
  words: readonly string[];
}

/** A small list for the local cloud: enough to show each verdict, not a moderation policy. */
export const BUILT_IN_WORDS: readonly WordCategory[] = [
  { verdict: 'risky', label: 'fraud', words: ['诈骗', '代开发票', '加微信返现', '刷单返利', '信用卡套现'] },
  { verdict: 'risky', label: 'gambling', words: ['赌博', '网赌', '博彩', '时时彩'] },
  { verdict: 'risky', label: 'abuse', words: ['傻逼', '去死', '狗东西'] },
  { verdict: 'review', label: 'marketing', words: ['最便宜', '全网最低', '稳赚', '国家级', '第一品牌'] },
  { verdict: 'review', label: 'diversion', words: ['加微信', '私聊下单', '扫码进群'] },
];

/** The label of words added through the environment. */
export const CUSTOM_LABEL = 'custom';

/** Extra words from GONGYING_CONTENT_WORDS_RISKY / _REVIEW, comma-separated (, or ，). */
export function extraWords(env: NodeJS.ProcessEnv): WordCategory[] {
  const categories: WordCategory[] = [
    { verdict: 'risky', label: CUSTOM_LABEL, words: splitWords(env.GONGYING_CONTENT_WORDS_RISKY) },
    { verdict: 'review', label: CUSTOM_LABEL, words: splitWords(env.GONGYING_CONTENT_WORDS_REVIEW) },
  ];
  return categories.filter((category) => category.words.length > 0);
}

function splitWords(list: string | undefined): string[] {
  return (list ?? '').split(/[,，]/).map((word) => word.trim()).filter(Boolean);
}
