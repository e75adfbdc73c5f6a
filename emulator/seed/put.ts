import type { Database } from '../../cloudfunctions/shared/runtime/cloud';

/** Writes a document under its own `_id` (the SDK's set() refuses an `_id` in the data). */
export async function put(db: Database, collection: string, doc: { _id: string }): Promise<void> {
  const { _id, ...rest } = doc;
  await db.collection(collection).doc(_id).set(rest);
}
