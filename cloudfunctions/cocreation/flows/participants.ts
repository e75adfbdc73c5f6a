import type { Database } from '../../shared/runtime/cloud';
import type { Budget } from '../../shared/runtime/budget';
import { updatedCount } from '../../shared/runtime/documents';
import { JOURNAL_MS, pruneJournal } from '../../shared/runtime/journal';

/** The key of a member's claim on the project's `participants` counter, in the project's `applied` journal. */
export const participantKey = (openid: string) => `participant:${openid}`;

/**
 * Moves a project's counters for a contribution just recorded: `incs` (say `ideaCount`)
 * always, and `participants` by one when `first`, that is, when the caller's read (made
 * before its contribution was inserted) found no contribution of the member in the
 * project. One round trip.
 *
 * Exactly one call counts a member. The call that inserted the member's earliest
 * contribution read before that insert, so it found none and claims. Two first
 * contributions at once both read none: the claim is a conditional update that also
 * records the member's key in the project's `applied` journal, so only one moves
 * `participants` (the other moves just `incs`, in one more round trip). Every claim
 * falls within one call's lifetime of the earliest insert, far inside the journal's
 * 30 minutes; once pruned, every later call reads a contribution and does not claim.
 * Not `applyOnce`: a refusal needs no second read, and members' contributions do not
 * touch the project's `updatedAt` (the brand's last edit).
 */
export async function moveProjectCounters(db: Database, projectId: string, openid: string, first: boolean, incs: Record<string, number>, now: Date): Promise<void> {
  const _ = db.command;
  const moves = Object.fromEntries(Object.entries(incs).map(([field, n]) => [field, _.inc(n)]));
  if (first) {
    const key = participantKey(openid);
    const claim = { ...moves, participants: _.inc(1), applied: _.push({ key, at: now }) };
    if (updatedCount(await db.collection('projects').where({ _id: projectId, 'applied.key': _.neq(key) }).update(claim))) return;
  }
  if (Object.keys(moves).length) await db.collection('projects').doc(projectId).update(moves);
}

const BATCH = 100;

/** The tick's part: drops participant claims older than the journal's span from the projects that hold some. */
export async function pruneParticipantClaims(db: Database, now: Date, budget: Budget): Promise<number> {
  const cutoff = new Date(now.getTime() - JOURNAL_MS);
  const res = await db.collection('projects').where({ 'applied.at': db.command.lte(cutoff) }).field({ _id: true }).limit(BATCH).get();
  let pruned = 0;
  for (const { _id } of res.data as { _id: string }[]) {
    if (budget.exhausted()) break;
    pruned += await pruneJournal(db, 'projects', _id, cutoff);
  }
  return pruned;
}
