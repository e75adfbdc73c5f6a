import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { checkinReward, nextStreak } from '../../shared/domain/growth';
import { grantInTx } from '../../shared/grants';
import { checkinId, MemberState } from './member-state';

export interface CheckinDoc {
  _id: string; // <openid>_<yyyymmdd>: one per Asia/Shanghai day
  openid: string;
  day: string;
  streak: number;
  growth: number;
  points: number;
  createdAt: Date;
}

/**
 * 签到: once per Asia/Shanghai day, even under a burst of taps (the day's
 * document id is the lock); the streak goes on from yesterday or restarts at 1;
 * the reward comes from the cycling table, granted in the same transaction.
 * The profile, the settings and the recent check-ins are read in one round trip first
 * (a second check-in today is refused there, before any transaction).
 */
export async function checkIn(db: Database, openid: string, now: Date, state: MemberState): Promise<CheckinDoc> {
  const { config } = state;
  if (state.today) throw new AppError('ALREADY_CHECKED_IN');
  const day = shanghaiDayKey(now);
  const streak = nextStreak(state.yesterday?.streak ?? null);
  const reward = checkinReward(streak, config.checkinRewards);
  return inTransaction(db, async (tx) => {
    const id = checkinId(openid, now);
    if (await txGet<CheckinDoc>(tx, 'checkins', id)) throw new AppError('ALREADY_CHECKED_IN');
    const doc: CheckinDoc = { _id: id, openid, day, streak, growth: reward.growth, points: reward.points, createdAt: now };
    await tx.collection('checkins').add(doc);
    await grantInTx(tx, openid, `checkin:${id}`, reward, `每日签到 · 连续第 ${streak} 天`, config, now);
    return doc;
  });
}
