import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, UserDoc } from '../../shared/model';
import { grant, revokeGrant } from '../../shared/grants';
import { orderGrantReason, orderPoints, promotedTier } from '../../shared/domain/growth';
import { paidGoodsFen } from '../../shared/domain/order';
import { recordCommission, scheduleCommission, undoCommission } from '../../distribution/flows/commissions';
import { MEMBER_CONFIG_ID, memberConfigOf } from '../../member/flows/config';
import { FULFILMENT_CONFIG_ID, fulfilmentConfigOf } from '../../fulfilment/flows/config';
import { afterSaleUntil } from '../../shared/domain/delivery';
import { aggregateFew, joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { newUser } from '../../shared/runtime/users';

const BATCH = 500;
type Buyer = Pick<UserDoc, 'tier' | 'growth' | 'nickname'> | null;
type RewardRow = OrderDoc & { rewardBuyer: UserDoc[]; rewardConfig: object[]; rewardFulfilment: object[] };

/**
 * What an effective order earns: its distributor's commission and the buyer's
 * growth and points (an order completed before they were written gets them too, its
 * commission due when its after-sale window ends). Each is idempotent by the order's id; the order is marked
 * once both are written, so a crash in between is finished by the next run.
 * The orders, their buyers and the growth settings are one read; each buyer's
 * tier and growth are followed through the batch (a buyer may have several orders),
 * so that the grant crossing the threshold promotes.
 */
export async function rewardEffectiveOrders(db: Database, where: Record<string, unknown>, now: Date, budget: Budget = UNBOUNDED): Promise<number> {
  const _ = db.command;
  const rows = await aggregateFew<RewardRow>(
    db,
    'orders',
    (agg) =>
      agg
        // A completed one too: 确认收货 may come before a crashed reward write is healed.
        .match({ ...where, status: _.in(['effective', 'completed']), rewardsDone: _.neq(true) })
        .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'rewardBuyer' })
        .lookup(lookupById('config', MEMBER_CONFIG_ID, 'rewardConfig'))
        .lookup(lookupById('config', FULFILMENT_CONFIG_ID, 'rewardFulfilment')),
    BATCH,
  );
  if (!rows.length) return 0;
  const config = memberConfigOf(joinedOne(rows[0] as unknown as Record<string, unknown>, 'rewardConfig'));
  const { afterSaleDays } = fulfilmentConfigOf(joinedOne(rows[0] as unknown as Record<string, unknown>, 'rewardFulfilment'));
  const buyers = new Map<string, Buyer>(rows.map((r) => [r.openid, r.rewardBuyer[0] ?? null]));
  const left = await eachWithin(rows, budget, async ({ rewardBuyer, rewardConfig, rewardFulfilment, ...order }) => {
    const buyer = buyers.get(order.openid) ?? null;
    // Completed already: its completion found no commission to date, so it is written due.
    const dueAt = order.status === 'completed' && order.completedAt ? afterSaleUntil(new Date(order.completedAt), afterSaleDays) : null;
    await recordCommission(db, order, now, buyer, dueAt);
    const reward = { growth: config.order.growth, points: config.order.points + orderPoints(paidGoodsFen(order)) };
    await grant(db, order.openid, `order:${order._id}`, reward, orderGrantReason(order), config, now, { known: buyer });
    // Posted now or by another run: counted either way (too high only costs a promotion that its condition refuses).
    const before = buyer ?? newUser(order.openid, now);
    const growth = before.growth + reward.growth;
    buyers.set(order.openid, { nickname: before.nickname, growth, tier: promotedTier(before.tier, growth, config) });
    await db.collection('orders').doc(order._id).update({ rewardsDone: true });
  });
  return rows.length - left;
}

/** A refunded order takes back what it earned: the commission (cancelled or reversed), the buyer's grant and its posts' badge. */
export async function undoOrderRewards(db: Database, orderId: string, now: Date): Promise<void> {
  await undoCommission(db, orderId, now);
  // Nothing read the grant before: revokeGrant reads it (an order that earned nothing has none).
  await revokeGrant(db, `order:${orderId}`, '订单退款，收回成长值与积分', now);
  // A refunded order no longer vouches for the posts tied to it: their 已购认证 goes.
  await db.collection('posts').where({ orderId, verified: true }).update({ verified: false, updatedAt: now });
}

/**
 * A commission written while its order was being completed (the completion found none to
 * date, the reward write had read the order before it completed) gets its due date here:
 * the after-sale window from the order's completion. Answers how many were dated.
 */
export async function dateCompletedCommissions(db: Database, now: Date, budget: Budget = UNBOUNDED): Promise<number> {
  const rows = await aggregateFew<{ _id: string; order: OrderDoc[]; settings: object[] }>(
    db,
    'commissions',
    (agg) =>
      agg
        .match({ status: 'pending', unfreezeAt: null })
        .lookup({ from: 'orders', localField: '_id', foreignField: '_id', as: 'order' })
        .match({ 'order.status': 'completed' })
        .lookup(lookupById('config', FULFILMENT_CONFIG_ID, 'settings')),
    BATCH,
  );
  if (!rows.length) return 0;
  const { afterSaleDays } = fulfilmentConfigOf(joinedOne(rows[0] as unknown as Record<string, unknown>, 'settings'));
  let dated = 0;
  await eachWithin(rows, budget, async ({ _id, order }) => {
    const completedAt = order[0]?.completedAt;
    if (completedAt && (await scheduleCommission(db, _id, afterSaleUntil(new Date(completedAt), afterSaleDays)))) dated += 1;
  });
  return dated;
}
