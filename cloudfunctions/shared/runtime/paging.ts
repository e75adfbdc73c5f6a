import type { Database } from './cloud';
import { decodeCursor, encodeCursor } from './cursor';

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/**
 * One page of `collection` matching `where`, newest `timeField` first, after an
 * opaque cursor (the last item's time and id): no item is repeated or skipped
 * when new ones arrive between pages.
 */
export async function pageByTime<T extends { _id: string }>(
  db: Database,
  collection: string,
  where: object,
  timeField: string,
  cursor: string | undefined,
  size: number,
): Promise<Page<T>> {
  const _ = db.command;
  let query: object = where;
  if (cursor) {
    const after = decodeCursor(cursor);
    const at = new Date(Number(after.k));
    query = _.and([where, _.or([{ [timeField]: _.lt(at) }, { [timeField]: at, _id: _.lt(after.id) }])]);
  }
  const res = await db.collection(collection).where(query).orderBy(timeField, 'desc').orderBy('_id', 'desc').limit(size + 1).get();
  const docs = res.data as T[];
  const items = docs.slice(0, size);
  const last = items[items.length - 1] as (T & Record<string, unknown>) | undefined;
  return {
    items,
    ...(docs.length > size && last ? { cursor: encodeCursor({ k: new Date(last[timeField] as Date).getTime(), id: last._id }) } : {}),
  };
}
