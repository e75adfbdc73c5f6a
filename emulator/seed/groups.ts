import type { LocalCloud } from '../local-cloud';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { callAs } from './call';
import { deliverSandboxPayment } from '../sandbox-pay';
import { demoDelivery } from './addresses';
import type { DemoPoint } from './pickup-points';
import type { SeedIds } from './index';

/** `pickup`: collect at that demo point; otherwise express to the buyer's default address. */
type Step = (
  | { start: string; by: string; pay?: false; as?: string }
  | { join: string; by: string }
  | { solo: string; by: string }
) & { pickup?: DemoPoint };

/**
 * The demo's groups and orders, made through the real functions and the payment
 * sandbox, so every page shows something true: open groups waiting for members,
 * a succeeded group, an unpaid order, a solo purchase; some delivered to the
 * buyer's saved address, some collected at a pickup point.
 */
const SCRIPT: Step[] = [
  { start: 'morning-bowl', by: 'demo-qing' },
  { start: 'morning-bowl', by: 'demo-mumu', as: 'bowl-mumu', pickup: 'azhe' },
  { join: 'bowl-mumu', by: 'demo-tiantian', pickup: 'azhe' },
  { start: 'cold-press-juice', by: 'demo-tiantian', as: 'juice', pickup: 'azhe' },
  { join: 'juice', by: 'demo-qing' },
  { start: 'grain-box', by: 'demo-officer', as: 'grain' },
  { join: 'grain', by: 'demo-mumu' },
  { join: 'grain', by: 'demo-qing' },
  { start: 'oat-crisps', by: 'demo-shopper', as: 'oats' },
  { join: 'oats', by: 'demo-cocreator', pickup: 'azhe' },
  { start: 'quinoa-salad', by: 'demo-cocreator', pickup: 'shop' },
  { solo: 'quinoa-salad', by: 'demo-officer' },
  { start: 'yogurt-cup', by: 'demo-shopper', pay: false, pickup: 'azhe' },
];

export async function seedGroups(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const groups = new Map<string, { groupId: string; slug: string }>();
  for (const step of SCRIPT) {
    const target = 'join' in step ? groups.get(step.join) : undefined;
    if ('join' in step && !target) continue; // its group was made by an earlier, interrupted run
    const slug = target ? target.slug : 'start' in step ? step.start : (step as { solo: string }).solo;
    // A re-run after an interrupted seed skips what this user already holds in the deal.
    const held = await database().collection('orders').where({ dealId: ids(`deal:${slug}`), openid: step.by }).limit(1).get();
    if (held.data.length && !('join' in step)) continue;
    const delivery = await demoDelivery(cloud, ids, step.by, step.pickup);
    const order = target
      ? { action: 'joinGroup', groupId: target.groupId, delivery }
      : { action: 'solo' in step ? 'buySolo' : 'startGroup', dealId: ids(`deal:${slug}`), delivery };
    const out = await callAs<{ orderId: string; groupId?: string }>(cloud, 'groupbuy', step.by, order);
    if ('start' in step && step.as && out.groupId) groups.set(step.as, { groupId: out.groupId, slug });
    if (!('pay' in step && step.pay === false)) {
      const paid = await deliverSandboxPayment(cloud, out.orderId);
      if (!paid.ok) throw new Error(`seed: payment of ${out.orderId} failed`);
    }
  }
}
