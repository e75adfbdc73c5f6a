import type { UserDoc } from '../../cloudfunctions/shared/model';
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
