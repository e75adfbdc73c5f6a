import type { Database } from '../shared/runtime/cloud';
import type { AdminDealView, AdminGroupView, DealDraft } from '../shared/api';
import type { DealDoc, GroupDoc } from '../shared/model';
import { dealView } from '../groupbuy/views';

/** A deal with the numbers an operator watches: stock in every state and its groups by outcome. */
export async function adminDealView(db: Database, deal: DealDoc, now: Date): Promise<AdminDealView> {
  const count = async (status: string) => (await db.collection('groups').where({ dealId: deal._id, status }).count()).total ?? 0;
  const [open, succeeded, failed] = await Promise.all([count('open'), count('succeeded'), count('failed')]);
  return {
    ...dealView(deal, now),
    stockInitial: deal.stockInitial,
    stockReserved: deal.stockReserved,
    groupCounts: { open, succeeded, failed },
  };
}

export function draftOf(deal: DealDoc): DealDraft {
  return {
    productId: deal.productId,
    title: deal.title,
    subtitle: deal.subtitle,
    description: deal.description,
    image: deal.image,
    images: deal.images,
    groupPriceFen: deal.groupPriceFen,
    soloPriceFen: deal.soloPriceFen,
    groupSize: deal.groupSize,
    timeLimitMinutes: deal.timeLimitMinutes,
    perUserLimit: deal.perUserLimit,
    stock: deal.stockInitial,
    startAt: new Date(deal.startAt).toISOString(),
    endAt: new Date(deal.endAt).toISOString(),
    autoComplete: deal.autoComplete,
    commissionBps: deal.commissionBps,
    tags: deal.tags,
  };
}

export function adminGroupView(group: GroupDoc): AdminGroupView {
  const leader = group.members.find((m) => m.orderId === group.leaderOrderId);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');
  return {
    groupId: group._id,
    status: group.status,
    size: group.size,
    seatsTaken: group.seatsTaken,
    paidCount: group.paidCount,
    leaderNickname: leader?.nickname ?? '',
    openedAt: iso(group.openedAt),
    expiresAt: iso(group.expiresAt),
  };
}
