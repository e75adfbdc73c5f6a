import type { Database } from './runtime/cloud';
import { getDoc, insertOnce } from './runtime/documents';
import { applyOnce } from './runtime/journal';
import { Budget, UNBOUNDED } from './runtime/budget';

/**
 * Postings: an append-only entry (a grant, a ledger entry) and the move it makes to
 * its account's cached totals (a member's growth and points, a wallet's balance),
 * without a transaction, in two writes:
 *
 * 1. the entry is inserted under its idempotency key as `_id` (the permanent "once");
 * 2. the account moves by atomic increments, once per key (its `applied` journal,
 *    kept POSTING_JOURNAL_MS), and only when the guard holds: its floors (a spend never
 *    overdraws) and any plain field values the move needs (`where`).
 *
 * A refused move takes the entry back out, so a refusal leaves nothing behind. A
 * repeat of a young entry (a retry after a crash between the two writes) finishes
 * the move; an older repeat is 'already'. A call that dies between the two writes
 * and is never retried leaves an entry whose key is not in its account's journal:
 * repairPostings (the daily reconcile job) finds it and makes the move.
 */
export interface AccountMove {
  collection: string;
  id: string;
  incs: Record<string, number>;
  /** Each field must stay ≥ 0 after the move (the move is refused otherwise). */
  floor?: string[];
  /** Plain field values the account must hold for the move (e.g. the day its places are for; null: the field is missing). */
  where?: Record<string, string | number | boolean | null>;
  /** Fields set with the move (e.g. a promoted tier). */
  also?: Record<string, unknown>;
  /** The account as it is when it does not exist yet (without the moved fields). */
  create?: Record<string, unknown>;
}

export interface PostingEntry {
  _id: string;
  createdAt: Date;
  [field: string]: unknown;
}

export type PostResult = 'posted' | 'already' | 'refused';

/** Entries younger than this are finished by a repeat; older ones belong to a call long over (CloudBase's limit is 900 s). */
export const REPAIR_MS = 20 * 60_000;
/** How long an account's journal keeps a posting's key: longer than repairPostings looks back. */
export const POSTING_JOURNAL_MS = 3 * 86_400_000;

/** Marks the entries written by post(), the ones repairPostings checks. */
interface Posted {
  posted?: { collection: string; id: string; incs: Record<string, number>; floor?: string[]; where?: Record<string, string | number | boolean | null>; also?: Record<string, unknown> };
}

/** Posts `entry` and moves `account` by it, once per entry id (see the module comment). */
export async function post(db: Database, entries: string, entry: PostingEntry, account: AccountMove, now: Date): Promise<PostResult> {
  const posted: Posted['posted'] = {
    collection: account.collection,
    id: account.id,
    incs: account.incs,
    ...(account.floor?.length ? { floor: account.floor } : {}),
    ...(account.where && Object.keys(account.where).length ? { where: account.where } : {}),
    ...(account.also && Object.keys(account.also).length ? { also: account.also } : {}),
  };
  const fresh = await insertOnce(db, entries, { ...entry, posted });
  let target = account;
  if (!fresh) {
    const existing = await getDoc<PostingEntry & Posted>(db, entries, entry._id);
    if (!existing?.posted || now.getTime() - new Date(existing.createdAt).getTime() > REPAIR_MS) return 'already';
    target = { ...existing.posted, create: account.create }; // the move the entry records, not this repeat's
  }
  const moved = await move(db, entry._id, target, now);
  if (moved === 'refused') {
    if (fresh) await db.collection(entries).doc(entry._id).remove();
    return 'refused';
  }
  return fresh ? 'posted' : 'already'; // this call's entry, moved by it or by a repeat that got there first
}

function move(db: Database, key: string, account: AccountMove, now: Date) {
  const _ = db.command;
  const floors = Object.fromEntries(
    (account.floor ?? []).filter((field) => (account.incs[field] ?? 0) < 0).map((field) => [field, _.gte(-account.incs[field])]),
  );
  return applyOnce(db, account.collection, account.id, key, account.incs, now, { ...account.where, ...floors }, account.also ?? {}, account.create);
}

/**
 * Finds entries posted between `from` and `to` whose move never reached their account
 * (the call died between the two writes) and makes it; a move its floor refuses now
 * takes the entry out. Pages through them while `budget` lasts.
 */
export async function repairPostings(db: Database, entries: string, from: Date, to: Date, budget: Budget = UNBOUNDED): Promise<{ checked: number; repaired: number; removed: number }> {
  const _ = db.command;
  const counts = { checked: 0, repaired: 0, removed: 0 };
  for (let skip = 0; !budget.exhausted(); skip += REPAIR_PAGE) {
    const res = await db
      .collection(entries)
      .where({ createdAt: _.gte(from).and(_.lt(to)), posted: _.exists(true) })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(REPAIR_PAGE)
      .get();
    const page = res.data as (PostingEntry & Required<Posted>)[];
    for (const entry of page) {
      counts.checked += 1;
      const account = await getDoc<{ applied?: { key: string }[] }>(db, entry.posted.collection, entry.posted.id);
      if (account?.applied?.some((a) => a.key === entry._id)) continue;
      const moved = await move(db, entry._id, entry.posted, to);
      if (moved === 'applied') counts.repaired += 1;
      if (moved === 'refused' && account) {
        await db.collection(entries).doc(entry._id).remove();
        counts.removed += 1;
      }
    }
    if (page.length < REPAIR_PAGE) break;
  }
  return counts;
}

const REPAIR_PAGE = 200;

/** Drops journal keys older than `cutoff` from every account of `collection` holding one (one multi-document update). */
export async function pruneAccountJournals(db: Database, collection: string, cutoff: Date): Promise<number> {
  const _ = db.command;
  const res = await db.collection(collection).where({ 'applied.at': _.lt(cutoff) }).update({ applied: _.pull({ at: _.lt(cutoff) }) });
  return Number((res as { updated?: number }).updated ?? 0);
}
