import type { Database } from '../../shared/runtime/cloud';
import { getDoc } from '../../shared/runtime/documents';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import type { CheckinDoc } from './check-in';

/** Today's check-in state: checked in or not, and the streak still alive (today's, else yesterday's). */
export async function streakNow(db: Database, openid: string, now: Date): Promise<{ checkedInToday: boolean; streak: number }> {
  const today = await getDoc<CheckinDoc>(db, 'checkins', `${openid}_${shanghaiDayKey(now)}`);
  if (today) return { checkedInToday: true, streak: today.streak };
  const yesterday = await getDoc<CheckinDoc>(db, 'checkins', `${openid}_${shanghaiDayKey(new Date(now.getTime() - 86_400_000))}`);
  return { checkedInToday: false, streak: yesterday?.streak ?? 0 };
}
