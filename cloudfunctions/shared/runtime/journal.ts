import type { Database } from './cloud';
import { getDoc, insertOnce, updatedCount } from './documents';

/**
 * Journaled counters: how a hot document (a deal's stock, a perk's vouchers, an
 * event's seats) moves, never inside a transaction. One conditional atomic update
 * applies the increments only when the document's `applied` journal does not yet
 * hold the move's key (and any extra condition, e.g. `issued < total`), and
 * records the key in the same write, so a repeat (a retry, a second delivery, a
 * repair pass) never applies a move twice. Keys are pruned once no call that
 * could repeat them can still be alive (see pruneJournal).
 */
export interface JournalEntry {
  key: string;
  at: Date;
}

/** A journal entry older than this belongs to a call long finished (CloudBase's limit is 900 s). */
export const JOURNAL_MS = 30 * 60_000;

export type ApplyResult = 'applied' | 'already' | 'refused';

/**
 * Applies `incs` to `collection/id` once per `key`, when `where` holds:
 * 'applied' (this call moved it), 'already' (the key was applied before), or
 * 'refused' (the condition did not hold, or there is no such document). With
 * `create` and no condition, a missing document is created as `create` with the move already in it
 * (the increments as values, `also`, and the key in its journal).
 */
export async function applyOnce(
  db: Database,
  collection: string,
  id: string,
  key: string,
  incs: Record<string, number>,
  now: Date,
  where: Record<string, unknown> = {},
  also: Record<string, unknown> = {},
  create?: Record<string, unknown>,
): Promise<ApplyResult> {
  const _ = db.command;
  const moves = Object.fromEntries(Object.entries(incs).map(([field, n]) => [field, _.inc(n)]));
  const res = await db
    .collection(collection)
    .where({ ...where, _id: id, 'applied.key': _.neq(key) })
    .update({ ...moves, ...also, applied: _.push({ key, at: now }), updatedAt: now });
  if (updatedCount(res) === 1) return 'applied';
  const doc = await getDoc<{ applied?: JournalEntry[] }>(db, collection, id);
  if (doc) return doc.applied?.some((entry) => entry.key === key) ? 'already' : 'refused';
  if (!create || Object.keys(where).length) return 'refused'; // a condition is never met by a document not there
  const born = { ...create, ...Object.fromEntries(Object.entries(incs).map(([field, n]) => [field, Number(create[field] ?? 0) + n])), ...also };
  if (await insertOnce(db, collection, { ...born, _id: id, applied: [{ key, at: now }], updatedAt: now })) return 'applied';
  return applyOnce(db, collection, id, key, incs, now, where, also); // created by a rival meanwhile
}

/** Whether `key` is in the journal of `collection/id` now. */
export async function wasApplied(db: Database, collection: string, id: string, key: string): Promise<boolean> {
  const doc = await getDoc<{ applied?: JournalEntry[] }>(db, collection, id);
  return Boolean(doc?.applied?.some((entry) => entry.key === key));
}

/** Drops journal entries older than `cutoff` from one document; the caller checks nobody still owes a move. */
export async function pruneJournal(db: Database, collection: string, id: string, cutoff: Date): Promise<number> {
  const _ = db.command;
  const res = await db.collection(collection).doc(id).update({ applied: _.pull({ at: _.lte(cutoff) }) });
  return updatedCount(res);
}
