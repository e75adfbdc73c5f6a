import type { Database } from '../../shared/runtime/cloud';
import { docsByIds } from '../../shared/runtime/documents';
import type { CheckinDoc } from './check-in';
import { checkinKey, streakOf } from './member-state';

/** Today's check-in state: checked in or not, and the streak still alive (today's, else yesterday's); one read. */
export async function streakNow(db: Database, openid: string, now: Date): Promise<{ checkedInToday: boolean; streak: number }> {
  const ids = [checkinKey(openid, now), checkinKey(openid, new Date(now.getTime() - 86_400_000))];
  const found = await docsByIds<CheckinDoc>(db, 'grants', ids);
  return streakOf({ today: found.get(ids[0]) ?? null, yesterday: found.get(ids[1]) ?? null });
}
