import { z } from 'zod';
import type { MeOutput } from '../../shared/api';
import { action } from '../../shared/runtime/router';

/** The caller's own profile; a first-time caller gets one (探索者). */
export const me = action({
  input: z.object({}),
  async handler(_input, { user }): Promise<MeOutput> {
    const u = await user();
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
    };
  },
});
