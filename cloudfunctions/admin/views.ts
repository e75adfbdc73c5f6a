import type { Database } from '../shared/runtime/cloud';
import { aggregateAll } from '../shared/runtime/aggregate';
import type { AdminDealView, AdminGroupView, DealDraft } from '../shared/api';
import type { DealDoc, GroupDoc } from '../shared/model';
import { dealView } from '../groupbuy/views';
import { saleBlockers } from '../shared/domain/deal-readiness';
import { DEFAULT_DEAL_DELIVERY } from '../shared/domain/delivery';
import { withStockTotals } from '../groupbuy/flows/stock-shards';
import { shardCount } from '../shared/domain/stock-shards';

type GroupCounts = AdminDealView['groupCounts'];

/** Groups by outcome for several deals in one aggregate (not three counts per deal). */
async function groupCountsOf(db: Database, dealIds: string[]): Promise<Map<string, GroupCounts>> {
  const rows = await aggregateAll<{ _id: { dealId: string; status: string }; n: number }>(db, 'groups', (agg) =>
    agg.match({ dealId: db.command.in(dealIds) }).group({ _id: { dealId: '$dealId', status: '$status' }, n: { $sum: 1 } }),
  );
  const counts = new Map<string, GroupCounts>(dealIds.map((id) => [id, { open: 0, succeeded: 0, failed: 0 }]));
  for (const row of rows) {
    const c = counts.get(row._id.dealId);
    if (c && row._id.status in c) c[row._id.status as keyof GroupCounts] = row.n;
  }
  return counts;
}

/** Deals with the numbers an operator watches: stock in every state and their groups by outcome. */
export async function adminDealViews(db: Database, deals: DealDoc[], now: Date): Promise<AdminDealView[]> {
  if (!deals.length) return [];
  const [counts, totals] = await Promise.all([groupCountsOf(db, deals.map((d) => d._id)), withStockTotals(db, deals)]);
  return totals.map((deal) => ({
    ...dealView(deal, now),
    stockInitial: deal.stockInitial,
    stockReserved: deal.stockReserved,
    stockShards: shardCount(deal),
    groupCounts: counts.get(deal._id)!,
    saleBlockers: saleBlockers(deal),
  }));
}

export async function adminDealView(db: Database, deal: DealDoc, now: Date): Promise<AdminDealView> {
  return (await adminDealViews(db, [deal], now))[0];
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
    stockShards: shardCount(deal),
    startAt: new Date(deal.startAt).toISOString(),
    endAt: new Date(deal.endAt).toISOString(),
    autoComplete: deal.autoComplete,
    commissionBps: deal.commissionBps,
    tags: deal.tags,
    delivery: { ...(deal.delivery ?? DEFAULT_DEAL_DELIVERY) },
    categoryId: deal.categoryId ?? null,
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
