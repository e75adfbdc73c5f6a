import type { ContestView } from '../../shared/api';
import type { Database } from '../../shared/runtime/cloud';
import { contestForTopic, contestPhase } from '../../shared/domain/contest';

/** A 晒单 contest (`contests`): entries are posts carrying its id. */
export interface ContestDoc {
  _id: string;
  title: string;
  description: string;
  topic: string;
  cover: string;
  startAt: Date;
  endAt: Date;
  reward: { growth: number; points: number };
  maxWinners: number;
  winners: ContestView['winners'];
  awardedAt: Date | null;
  awardedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const rules = (c: ContestDoc) => ({ startAt: new Date(c.startAt), endAt: new Date(c.endAt), awardedAt: c.awardedAt ? new Date(c.awardedAt) : null, maxWinners: c.maxWinners });

export function contestOpen(c: ContestDoc, now: Date): boolean {
  return contestPhase(rules(c), now) === 'open';
}

export function contestView(c: ContestDoc, entries: number, now: Date): ContestView {
  return {
    contestId: c._id,
    title: c.title,
    description: c.description,
    topic: c.topic,
    cover: c.cover,
    startAt: new Date(c.startAt).toISOString(),
    endAt: new Date(c.endAt).toISOString(),
    phase: contestPhase(rules(c), now),
    reward: c.reward,
    maxWinners: c.maxWinners,
    entries,
    winners: c.winners,
  };
}

/** Published entries per contest, one count each (contests are few). */
export async function entryCounts(db: Database, contestIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(
    contestIds.map(async (contestId) => [contestId, (await db.collection('posts').where({ contestId, status: 'published' }).count()).total ?? 0] as const),
  );
  return new Map(counts);
}

export { rules as contestRules };

/** Contests still taking (or about to take) entries read at most: contests are few. */
export const CONTESTS_READ = 20;

/** A lookup stage of the contests not ended at `now`, ending first first (for contestCarriedIn). */
export const unendedContests = (now: Date, as: string) => ({ from: 'contests', pipeline: [{ $match: { endAt: { $gt: now } } }, { $sort: { endAt: 1 } }, { $limit: CONTESTS_READ }], as });

/** Of `contests` (not ended), the open one whose topic a post carries (see contestForTopic), or null. */
export function contestCarriedIn(contests: readonly ContestDoc[], post: { topic: string | null; text: string }, now: Date): ContestDoc | null {
  return contestForTopic(post, contests.map((doc) => ({ ...rules(doc), topic: doc.topic, doc })), now)?.doc ?? null;
}
