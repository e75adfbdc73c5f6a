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
