import type { UserDoc } from '../../shared/model';
import type { Database } from '../../shared/runtime/cloud';

/** Members' nicknames by openid, read 100 at a time. */
export async function nicknames(db: Database, openids: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(openids)];
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const res = await db.collection('users').where({ _id: db.command.in(chunk) }).limit(chunk.length).get();
    for (const u of res.data as UserDoc[]) out.set(u._id, u.nickname);
  }
  return out;
}
