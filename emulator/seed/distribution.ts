import type { LocalCloud } from '../local-cloud';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { clockOffsetMs, now, setClockOffset } from '../../cloudfunctions/shared/runtime/clock';
import { ensureDistributor } from '../../cloudfunctions/distribution/flows/codes';
import { settleDueCommissions } from '../../cloudfunctions/distribution/flows/commissions';
import { getDoc } from '../../cloudfunctions/shared/runtime/documents';
import type { OrderDoc } from '../../cloudfunctions/shared/model';
import { callAs } from './call';
import { deliverSandboxPayment } from '../sandbox-pay';
import { DEMO_CAST } from './demo-cast';
import { demoPointId } from './pickup-points';
import type { SeedIds } from './index';

const DAY = 86_400_000;

/**
 * 阿哲 (demo-cocreator) as a leader with a real history, made through the real
 * flows: customers bound by his code, a group they filled ten days ago whose
 * commission has since settled, a withdrawal paid out, and (with the groups seeded
 * after this) fresh commission still frozen.
 */
export async function seedDistribution(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const db = database();
  const leader = DEMO_CAST.find((c) => c.openid === 'demo-cocreator')!;
  const { code } = await ensureDistributor(db, leader.openid, 'seed', now(), leader.distributorCode);
  if (await db.collection('commissions').where({ distributorOpenid: leader.openid }).count().then((r) => (r.total ?? 0) > 0)) return;

  // Ten days ago: two customers open his card and fill a 2-person group of 燕麦坚果脆.
  const offset = clockOffsetMs();
  setClockOffset(offset - 10 * DAY);
  try {
    for (const customer of ['demo-mumu', 'demo-tiantian']) await callAs(cloud, 'distribution', customer, { action: 'bind', code });
    const delivery = { mode: 'pickup', pointId: demoPointId(ids, 'azhe') };
    const started = await callAs(cloud, 'groupbuy', 'demo-mumu', { action: 'startGroup', dealId: ids('deal:oat-crisps'), code, delivery });
    await deliverSandboxPayment(cloud, started.orderId);
    const joined = await callAs(cloud, 'groupbuy', 'demo-tiantian', { action: 'joinGroup', groupId: started.groupId, code, delivery });
    await deliverSandboxPayment(cloud, joined.orderId);
    // The same day the goods reach his point and both collect them: the orders complete, the after-sale window runs.
    await collectAtPoint(cloud, delivery.pointId, [started.orderId, joined.orderId]);
  } finally {
    setClockOffset(offset);
  }
  // Today: the after-sale window has closed, the settlement runs, he withdraws part and the brand pays it.
  await settleDueCommissions(db, now());
  const withdrawal = await callAs(cloud, 'distribution', leader.openid, { action: 'withdraw', amountFen: 300 });
  await callAs(cloud, 'admin', 'demo-admin', { action: 'reviewWithdrawal', withdrawalId: withdrawal.withdrawalId, approve: true });
  // The shopper opens his card today: her orders from now on earn him commission, frozen until their after-sale window ends.
  await callAs(cloud, 'distribution', 'demo-shopper', { action: 'bind', code });
}

/** 到货 by the brand, then each pickup code verified by the point's leader (阿哲). */
async function collectAtPoint(cloud: LocalCloud, pointId: string, orderIds: string[]): Promise<void> {
  await callAs(cloud, 'fulfilment', 'demo-admin', { action: 'dispatchPickup', pointId, orderIds });
  for (const orderId of orderIds) {
    const order = await getDoc<OrderDoc>(database(), 'orders', orderId);
    await callAs(cloud, 'fulfilment', 'demo-cocreator', { action: 'verifyPickup', code: order!.pickupCodeId });
  }
}
