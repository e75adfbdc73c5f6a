/** 征集活动 (post contests): phases and who may win. Pure. */

/** upcoming → open (entries accepted) → judging (ended, winners not chosen yet) → awarded. */
export type ContestPhase = 'upcoming' | 'open' | 'judging' | 'awarded';

export interface ContestRules {
  startAt: Date;
  endAt: Date;
  awardedAt: Date | null;
  maxWinners: number;
}

export function contestPhase(contest: ContestRules, now: Date): ContestPhase {
  if (contest.awardedAt) return 'awarded';
  if (now < contest.startAt) return 'upcoming';
  return now < contest.endAt ? 'open' : 'judging';
}

/** Why these entries may not be named winners now; null when they may. */
export function awardRefusal(contest: ContestRules, postIds: readonly string[], now: Date): string | null {
  const phase = contestPhase(contest, now);
  if (phase === 'awarded') return '这个活动已经评选过了';
  if (phase !== 'judging') return '活动结束后才能评选获奖作品';
  if (postIds.length === 0) return '请至少选择一篇获奖作品';
  if (new Set(postIds).size !== postIds.length) return '获奖作品重复了';
  if (postIds.length > contest.maxWinners) return `最多评选 ${contest.maxWinners} 篇获奖作品`;
  return null;
}

/**
 * The contest a new post enters. Named (from the contest's page), it must be open. Not
 * named, a post carrying an open contest's topic (its chosen topic, or `#topic` in its
 * text) enters that contest, from whichever composer it was written: the contest asks
 * for 「发布晒单，带上话题」. Of several open ones, the one ending first.
 */
export function contestForTopic<C extends ContestRules & { topic: string }>(post: { topic: string | null; text: string }, contests: readonly C[], now: Date): C | null {
  const carries = (topic: string) => post.topic === topic || post.text.includes(`#${topic}`);
  const open = contests.filter((c) => c.topic && contestPhase(c, now) === 'open' && carries(c.topic));
  return open.sort((a, b) => a.endAt.getTime() - b.endAt.getTime())[0] ?? null;
}
