import type { Database } from '../../shared/runtime/cloud';
import type { GrantDoc } from '../../shared/grants';
import { grant } from '../../shared/grants';
import { AppError } from '../../shared/runtime/app-error';
import { shanghaiDayKey } from '../../shared/domain/calendar';
import { checkinReward, nextStreak } from '../../shared/domain/growth';
import { checkinKey, MemberState } from './member-state';

/** A check-in is the day's grant: `checkin:<openid>_<yyyymmdd>`, with the day and the streak it reached. */
export interface CheckinDoc extends GrantDoc {
  kind: 'checkin';
  day: string;
  streak: number;
}

/**
 * 签到: once per Asia/Shanghai day, even under a burst of taps (the day's grant id
 * is the lock: a second insert is a duplicate); the streak goes on from yesterday or
 * restarts at 1; the reward comes from the cycling table. One grant, so three round
 * trips with the member's state read first (a second check-in today is refused there).
 */
export async function checkIn(db: Database, openid: string, now: Date, state: MemberState): Promise<CheckinDoc> {
  const { config, user } = state;
  if (state.today) throw new AppError('ALREADY_CHECKED_IN');
  const day = shanghaiDayKey(now);
  const streak = nextStreak(state.yesterday?.streak ?? null);
  const reward = checkinReward(streak, config.checkinRewards);
  const key = checkinKey(openid, now);
  const reason = `每日签到 · 连续第 ${streak} 天`;
  const entry = { kind: 'checkin' as const, day, streak };
  if (!(await grant(db, openid, key, reward, reason, config, now, { known: user, entry }))) throw new AppError('ALREADY_CHECKED_IN');
  return { _id: key, openid, growth: reward.growth, points: reward.points, reason, createdAt: now, ...entry };
}
