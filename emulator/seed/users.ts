import type { UserDoc } from '../../cloudfunctions/shared/model';
import type { GrantDoc } from '../../cloudfunctions/shared/grants';
import { fileIdFor } from '../storage';
import type { CastMember } from './demo-cast';

export function castUser(member: CastMember, at: Date): UserDoc {
  return {
    _id: member.openid,
    nickname: member.nickname,
    avatar: fileIdFor(`avatars/${member.avatar}.png`),
    tier: member.tier,
    growth: member.growth,
    points: member.points,
    isAdmin: member.isAdmin ?? false,
    isDistributor: Boolean(member.distributorCode),
    ...(member.distributorCode ? { distributorCode: member.distributorCode } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/** Said on the row that carries a demo user's starting totals in 成长记录. */
export const OPENING_REASON = '期初余额：此前累计的成长值与积分';
const OPENING_DAYS_AGO = 30;

/**
 * A demo user's starting growth and points, as one grant dated before anything else the
 * seed plays, so 成长记录 adds up to the totals on 我的 (the cast's tiers stay as they are).
 */
export function openingGrant(member: CastMember, at: Date): GrantDoc | null {
  if (!member.growth && !member.points) return null;
  return {
    _id: `opening:${member.openid}`,
    openid: member.openid,
    growth: member.growth,
    points: member.points,
    reason: OPENING_REASON,
    createdAt: new Date(at.getTime() - OPENING_DAYS_AGO * 86_400_000),
  };
}
