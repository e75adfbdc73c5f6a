import type { LocalCloud } from '../local-cloud';
import type { OrderDoc } from '../../cloudfunctions/shared/model';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { deliverSandboxPayment } from '../sandbox-pay';
import { callAs } from './call';
import { demoDelivery } from './addresses';
import { demoPointId, DemoPoint } from './pickup-points';
import type { SeedIds } from './index';

type Stage = 'to_ship' | 'shipped' | 'completed' | 'after_sale' | 'at_point';

/**
 * Orders in every fulfilment stage, made and moved through the real functions:
 * bought alone (effective at once) or taken from a group that succeeded, then
 * shipped, received, asked about, or brought to 阿哲's point. A re-run skips
 * what was done.
 */
const SCRIPT: { slug: string; by: string; stage: Stage; pickup?: DemoPoint; group?: true }[] = [
  { slug: 'oat-crisps', by: 'demo-shopper', stage: 'shipped', group: true },
  { slug: 'morning-bowl', by: 'demo-shopper', stage: 'at_point', pickup: 'azhe' },
  { slug: 'quinoa-salad', by: 'demo-officer', stage: 'completed', group: true },
  { slug: 'yogurt-cup', by: 'demo-mumu', stage: 'after_sale' },
  { slug: 'yogurt-cup', by: 'demo-qing', stage: 'to_ship' },
];

export async function seedFulfilment(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  let tracking = 1460382217736;
  for (const step of SCRIPT) {
    const dealId = ids(`deal:${step.slug}`);
    let order = await heldOrder(dealId, step.by);
    if (!order && step.group) continue; // its group did not succeed in this run
    if (!order) {
      const delivery = await demoDelivery(cloud, ids, step.by, step.pickup);
      const { orderId } = await callAs<{ orderId: string }>(cloud, 'groupbuy', step.by, { action: 'buySolo', dealId, delivery });
      if (!(await deliverSandboxPayment(cloud, orderId)).ok) throw new Error(`seed: payment of ${orderId} failed`);
      order = await heldOrder(dealId, step.by);
    }
    await advance(cloud, ids, order!, step.stage, `SF${tracking++}`);
  }
}

async function advance(cloud: LocalCloud, ids: SeedIds, order: OrderDoc, stage: Stage, trackingNo: string): Promise<void> {
  const admin = (data: Record<string, unknown>) => callAs(cloud, 'fulfilment', 'demo-admin', data);
  if (stage === 'to_ship' || order.status !== 'effective') return;
  if (stage === 'at_point') {
    if (!order.arrivedAt) await admin({ action: 'dispatchPickup', pointId: demoPointId(ids, 'azhe'), orderIds: [order._id] });
    return;
  }
  if (!order.shippedAt) await admin({ action: 'shipOrders', items: [{ orderId: order._id, company: '顺丰速运', trackingNo }] });
  if (stage === 'shipped') return;
  await callAs(cloud, 'groupbuy', order.openid, { action: 'confirmReceipt', orderId: order._id });
  if (stage === 'after_sale') {
    await callAs(cloud, 'groupbuy', order.openid, { action: 'requestAfterSale', orderId: order._id, kind: 'refund_only', reason: '有两杯酸奶到货时已经胀袋了' });
  }
}

/** The buyer's paid order of a deal (not yet moved past what the script wants), or null. */
async function heldOrder(dealId: string, openid: string): Promise<OrderDoc | null> {
  const _ = database().command;
  const res = await database().collection('orders').where({ dealId, openid, status: _.in(['paid', 'effective', 'completed']) }).limit(1).get();
  return (res.data[0] as OrderDoc | undefined) ?? null;
}
