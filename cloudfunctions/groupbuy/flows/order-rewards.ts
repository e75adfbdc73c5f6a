import type { Database } from '../../shared/runtime/cloud';
import type { OrderDoc } from '../../shared/model';
import { grant, revokeGrant } from '../../shared/grants';
import { orderGrantReason, orderPoints } from '../../shared/domain/growth';
import { paidGoodsFen } from '../../shared/domain/order';
import { recordCommission, undoCommission } from '../../distribution/flows/commissions';
import { memberConfig } from '../../member/flows/config';
import { Budget, eachWithin, UNBOUNDED } from '../../shared/runtime/budget';

/**
 * What an effective order earns: its distributor's commission and the buyer's
 * growth and points. Each is idempotent by the order's id; the order is marked
 * once both are written, so a crash in between is finished by the next run.
 */
export async function rewardEffectiveOrders(db: Database, where: Record<string, unknown>, now: Date, budget: Budget = UNBOUNDED): Promise<number> {
  const _ = db.command;
  const res = await db.collection('orders').where({ ...where, status: 'effective', rewardsDone: _.neq(true) }).limit(500).get();
  if (!res.data.length) return 0;
  const config = await memberConfig(db);
  const left = await eachWithin(res.data as OrderDoc[], budget, async (order) => {
    await recordCommission(db, order, now);
    const reward = { growth: config.order.growth, points: config.order.points + orderPoints(paidGoodsFen(order)) };
    await grant(db, order.openid, `order:${order._id}`, reward, orderGrantReason(order), config, now);
    await db.collection('orders').doc(order._id).update({ rewardsDone: true });
  });
  return res.data.length - left;
}

/** A refunded order takes back what it earned: the commission (cancelled or reversed), the buyer's grant and its posts' badge. */
export async function undoOrderRewards(db: Database, orderId: string, now: Date): Promise<void> {
  await undoCommission(db, orderId, now);
  await revokeGrant(db, `order:${orderId}`, '订单退款，收回成长值与积分', now);
  // A refunded order no longer vouches for the posts tied to it: their 已购认证 goes.
  await db.collection('posts').where({ orderId, verified: true }).update({ verified: false, updatedAt: now });
}
