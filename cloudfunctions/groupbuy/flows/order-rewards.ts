import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc, UserDoc } from '../../shared/model';
import { grant, revokeGrant } from '../../shared/grants';
import { orderGrantReason, orderPoints, promotedTier } from '../../shared/domain/growth';
import { paidGoodsFen } from '../../shared/domain/order';
import { recordCommission, undoCommission } from '../../distribution/flows/commissions';
import { MEMBER_CONFIG_ID, memberConfigOf } from '../../member/flows/config';
import { aggregateFew, joinedOne, lookupById } from '../../shared/runtime/aggregate';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';
import { newUser } from '../../shared/runtime/users';

const BATCH = 500;
type Buyer = Pick<UserDoc, 'tier' | 'growth' | 'nickname'> | null;
type RewardRow = OrderDoc & { rewardBuyer: UserDoc[]; rewardConfig: object[] };

/**
 * What an effective order earns: its distributor's commission and the buyer's
 * growth and points. Each is idempotent by the order's id; the order is marked
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
        .match({ ...where, status: 'effective', rewardsDone: _.neq(true) })
        .lookup({ from: 'users', localField: 'openid', foreignField: '_id', as: 'rewardBuyer' })
        .lookup(lookupById('config', MEMBER_CONFIG_ID, 'rewardConfig')),
    BATCH,
  );
  if (!rows.length) return 0;
  const config = memberConfigOf(joinedOne(rows[0] as unknown as Record<string, unknown>, 'rewardConfig'));
  const buyers = new Map<string, Buyer>(rows.map((r) => [r.openid, r.rewardBuyer[0] ?? null]));
  const left = await eachWithin(rows, budget, async ({ rewardBuyer, rewardConfig, ...order }) => {
    const buyer = buyers.get(order.openid) ?? null;
    await recordCommission(db, order, now, buyer);
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
