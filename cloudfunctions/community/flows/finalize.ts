import type { Database } from '../../shared/runtime/cloud';
import { pollPhase } from '../../shared/domain/poll';
import { PollDoc, recount } from './polls';

/** A poll past its close time is closed with exact counts from its ballots (once; later calls see it closed). */
export async function finalizeIfDue(db: Database, poll: PollDoc, now: Date): Promise<PollDoc> {
  if (poll.status === 'closed' || pollPhase({ ...poll, closeAt: new Date(poll.closeAt), openAt: new Date(poll.openAt) }, now) !== 'closed') return poll;
  return closeWithRecount(db, poll, now);
}

export async function closeWithRecount(db: Database, poll: PollDoc, now: Date): Promise<PollDoc> {
  const exact = await recount(db, poll._id);
  const closeAt = new Date(Math.min(new Date(poll.closeAt).getTime(), now.getTime()));
  await db.collection('polls').doc(poll._id).update({ status: 'closed', closeAt, counts: exact.counts, totalVoters: exact.totalVoters });
  return { ...poll, status: 'closed', closeAt, ...exact };
}
