import type { Database } from '../../shared/runtime/cloud';
import { AppError } from '../../shared/runtime/app-error';
import { getDoc } from '../../shared/runtime/documents';
import { inTransaction, txGet } from '../../shared/runtime/transaction';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { checkinReward, nextStreak } from '../../shared/domain/growth';
import { grantInTx } from '../../shared/grants';
import { memberConfig } from './config';

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
 */
export async function checkIn(db: Database, openid: string, now: Date): Promise<CheckinDoc> {
  const config = await memberConfig(db);
  const day = shanghaiDayKey(now);
  const yesterday = await getDoc<CheckinDoc>(db, 'checkins', `${openid}_${shanghaiDayKey(new Date(now.getTime() - 86_400_000))}`);
  const streak = nextStreak(yesterday?.streak ?? null);
  const reward = checkinReward(streak, config.checkinRewards);
  return inTransaction(db, async (tx) => {
    const id = `${openid}_${day}`;
    if (await txGet<CheckinDoc>(tx, 'checkins', id)) throw new AppError('ALREADY_CHECKED_IN');
    const doc: CheckinDoc = { _id: id, openid, day, streak, growth: reward.growth, points: reward.points, createdAt: now };
    await tx.collection('checkins').add(doc);
    await grantInTx(tx, openid, `checkin:${id}`, reward, `每日签到 · 连续第 ${streak} 天`, config, now);
    return doc;
  });
}
