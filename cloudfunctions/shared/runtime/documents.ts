import type { Database } from './cloud';

/** One document by id, or null. */
export async function getDoc<T>(db: Database, collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).doc(id).get();
  return ((res.data as T[] | undefined)?.[0] ?? null) as T | null;
}

/** `updated` of a where().update(): 1 when this caller won a conditional update. */
export function updatedCount(res: unknown): number {
  return Number((res as { updated?: number })?.updated ?? 0);
}

/**
 * Did a write fail only because a document with that `_id` already exists?
 * CloudBase answers DATABASE_REQUEST_FAILED with MongoDB's "E11000 duplicate key
 * error" in the message (wx-server-sdk: errCode -502001, same message), and so does
 * the local emulator. Only that means "someone else got there first"; a network,
 * permission or timeout error is a real failure and must reach the caller.
 */
export function isDuplicateKey(err: unknown): boolean {
  const { message, errMsg } = (err ?? {}) as { message?: unknown; errMsg?: unknown };
  return /E11000 duplicate key/i.test(`${String(message ?? '')} ${String(errMsg ?? '')}`);
}

/** Inserts `doc` under its `_id`: true when this call created it, false when it existed already; any other failure throws. */
export async function insertOnce<T extends { _id: string }>(db: Database, collection: string, doc: T): Promise<boolean> {
  try {
    await db.collection(collection).add(doc);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

const IDS_PER_QUERY = 100;

/**
 * Documents of `collection` by id, as a map: one query per hundred distinct ids
 * (run at once), none when there are no ids. Ids with no document are absent.
 */
export async function docsByIds<T extends { _id: string }>(db: Database, collection: string, ids: Iterable<string>): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) chunks.push(unique.slice(i, i + IDS_PER_QUERY));
  const pages = await Promise.all(chunks.map((chunk) => db.collection(collection).where({ _id: db.command.in(chunk) }).limit(chunk.length).get()));
  return new Map(pages.flatMap((page) => page.data as T[]).map((doc) => [doc._id, doc]));
}
