import type { DealView, OpenGroupView } from '../shared/api';
import type { DealDoc, GroupDoc } from '../shared/model';
import { dealPhase } from '../shared/domain/deal';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : '');

export function dealView(deal: DealDoc, now: Date): DealView {
  return {
    dealId: deal._id,
    productId: deal.productId,
    title: deal.title,
    subtitle: deal.subtitle,
    image: deal.image,
    images: deal.images,
    description: deal.description,
    groupPriceFen: deal.groupPriceFen,
    soloPriceFen: deal.soloPriceFen,
    groupSize: deal.groupSize,
    timeLimitMinutes: deal.timeLimitMinutes,
    perUserLimit: deal.perUserLimit,
    stockLeft: deal.stockLeft,
    soldCount: deal.stockSold,
    startAt: iso(deal.startAt),
    endAt: iso(deal.endAt),
    autoComplete: deal.autoComplete,
    commissionBps: deal.commissionBps,
    status: deal.status,
    phase: dealPhase(deal, now),
    tags: deal.tags,
  };
}

/** Only real members are shown: the leader is the group's first (paid) member. */
export function openGroupView(group: GroupDoc): OpenGroupView {
  const leader = group.members.find((m) => m.openid === group.leaderOpenid) ?? group.members[0];
  return {
    groupId: group._id,
    leaderNickname: leader?.nickname ?? '',
    leaderAvatar: leader?.avatar ?? '',
    size: group.size,
    seatsTaken: group.seatsTaken,
    seatsLeft: Math.max(0, group.size - group.seatsTaken),
    expiresAt: iso(group.expiresAt),
  };
}
