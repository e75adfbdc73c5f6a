import { z } from 'zod';
import type { MeOutput } from '../../shared/api';
import { action } from '../../shared/runtime/router';
import { promotedTier, tierProgress } from '../../shared/domain/growth';
import { promote } from '../../shared/grants';
import { memberConfig } from '../flows/config';
import { readMemberState, streakOf } from '../flows/member-state';

/**
 * The caller's own profile; a first-time caller gets one (探索者). One round trip for a
 * member: the profile with the settings and the recent check-ins (readMemberState).
 */
export const me = action({
  input: z.object({}),
  async handler(_input, { db, now, openid, user }): Promise<MeOutput> {
    // Someone new has no check-ins yet: their profile is made, then only the settings are read.
    const state = (await readMemberState(db, openid, now)) ?? { user: await user(), config: await memberConfig(db), today: null, yesterday: null };
    const { config } = state;
    // Grants that crossed the threshold at once may each have missed the other's growth.
    const tier = promotedTier(state.user.tier, state.user.growth, config);
    if (tier !== state.user.tier) await promote(db, openid, config, 'me', now); // this call or a rival's promotes
    const u = { ...state.user, tier };
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
      ...streakOf(state),
    };
  },
});
