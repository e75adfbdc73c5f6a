import { z } from 'zod';
import type { MeOutput } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { tierProgress } from '../../shared/domain/growth';
import { memberConfig } from '../flows/config';
import { streakNow } from '../flows/streak';

/** The caller's own profile; a first-time caller gets one (探索者). */
export const me = action({
  input: z.object({}),
  async handler(_input, { db, now, openid, user }): Promise<MeOutput> {
    const [u, config, checkin] = await Promise.all([user(), memberConfig(db), streakNow(db, openid, now)]);
    const progress = tierProgress(u.tier, u.growth, config);
    return {
      openid: u._id,
      nickname: u.nickname,
      avatar: u.avatar,
      tier: u.tier,
      growth: u.growth,
      points: u.points,
      isAdmin: u.isAdmin,
      isDistributor: u.isDistributor,
      distributorCode: u.distributorCode ?? null,
      nextTier: progress.next,
      growthToNext: progress.needed,
      officerThreshold: config.officerThreshold,
      ...checkin,
    };
  },
});
