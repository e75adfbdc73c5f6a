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

/** The open contest whose topic a post carries (see contestForTopic), or null. Contests are few: one read. */
export async function contestCarried(db: Database, post: { topic: string | null; text: string }, now: Date): Promise<ContestDoc | null> {
  const _ = db.command;
  const res = await db.collection('contests').where({ endAt: _.gt(now) }).orderBy('endAt', 'asc').limit(20).get();
  const hit = contestForTopic(post, (res.data as ContestDoc[]).map((doc) => ({ ...rules(doc), topic: doc.topic, doc })), now);
  return hit?.doc ?? null;
}
