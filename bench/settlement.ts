import type { TestCloud } from '../tests/helpers/test-cloud';
import { settleDueCommissions } from '../cloudfunctions/distribution/flows/commissions';
import { database } from '../cloudfunctions/shared/runtime/cloud';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { afterSyncWrites, fmt, row, timeIt } from './util';

const DAY = 86_400_000;
const PER_DISTRIBUTOR = 10;

/** Writes `count` pending commissions straight into the store, `due` of them past their unfreeze time. */
function seedCommissions(cloud: TestCloud, prefix: string, count: number, due: number): void {
  const at = now().getTime();
  for (let start = 0; start < count; start += 1000) {
    const data = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      data.push(
        JSON.stringify({
          _id: `${prefix}-${i}`,
          orderId: `${prefix}-${i}`,
          distributorOpenid: `${prefix}-d${Math.floor(i / PER_DISTRIBUTOR)}`,
          buyerOpenid: 'bench-buyer',
          buyerNickname: '',
          title: '晨光能量碗',
          paidFen: 2990,
          rateBps: 1500,
          amountFen: 448,
          status: 'pending',
          effectiveAt: { $date: at - 8 * DAY },
          unfreezeAt: { $date: i < due ? at - DAY : at + 6 * DAY },
          settledAt: null,
          closedAt: null,
        }),
      );
    }
    const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: 'commissions', data }) as { code?: string };
    if (res?.code) throw new Error(`bulk insert failed: ${JSON.stringify(res)}`);
  }
}

async function settle(cloud: TestCloud): Promise<{ ms: number; settled: number; trips: number }> {
  cloud.store.resetCounters();
  const { ms, value } = await timeIt(() => settleDueCommissions(database(), now()));
  return { ms, settled: value.settled, trips: cloud.store.counters.requests };
}

/**
 * The settlement job: 10,000 due commissions; then 10,000 due among 100,000
 * pending (the rest still frozen), to show the growing collection does not slow it.
 */
export async function benchSettlement(cloud: TestCloud): Promise<void> {
  seedCommissions(cloud, 'small', 10_000, 10_000);
  await afterSyncWrites();
  const small = await settle(cloud);
  seedCommissions(cloud, 'large', 100_000, 10_000);
  await afterSyncWrites();
  const large = await settle(cloud);
  console.log(`\nCommission settlement (batches of 50 per distributor, 4 distributors at a time, via SDK + HTTP)`);
  row('10,000 due of 10,000 pending', `${fmt(small.ms / 1000, 1)} s (${small.settled} settled, ${fmt((small.settled / small.ms) * 1000)} /s)`);
  row('10,000 due of 100,000 pending', `${fmt(large.ms / 1000, 1)} s (${large.settled} settled, ${fmt((large.settled / large.ms) * 1000)} /s)`);
  row('ratio 100k / 10k', `${fmt(large.ms / small.ms, 2)}×`);
  row('database round trips per settled commission', `${fmt(small.trips / Math.max(1, small.settled), 2)}`);
}
