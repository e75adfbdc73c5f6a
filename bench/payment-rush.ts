import type { TestCloud } from '../tests/helpers/test-cloud';
import { checkout, makeDeal, pay } from '../tests/helpers/groupbuy';
import { fmt, median, row, timeIt } from './util';

/**
 * The payment notification under a rush on one deal: N shoppers at once each
 * reserve (half start groups, half buy alone) and pay at once. A first delivery
 * that does not apply (a non-2xx answer) would make WeChat Pay retry minutes later,
 * near the end of the 15-minute reservation; the figure to keep at 0.
 */
export async function benchPaymentRush(cloud: TestCloud): Promise<void> {
  console.log('\nPayment notices, every buyer reserving and paying one deal at once (first deliveries)');
  for (const buyers of [50, 200]) {
    const dealId = await makeDeal(cloud, { stockInitial: buyers, perUserLimit: 1, groupSize: 2 });
    const latencies: number[] = [];
    let failed = 0;
    const run = await timeIt(() =>
      Promise.all(
        Array.from({ length: buyers }, async (_, i) => {
          const res = await checkout(cloud, `rush-${buyers}-${i}`, { action: i % 2 ? 'startGroup' : 'buySolo', dealId });
          if (!res.ok) throw new Error(res.error.code);
          const delivery = await timeIt(() => pay(cloud, res.data.orderId));
          latencies.push(delivery.ms);
          if (!delivery.value.ok) failed++;
        }),
      ),
    );
    row(`${buyers} buyers: first deliveries not applied`, `${failed} of ${buyers}`);
    row(`${buyers} buyers: notice latency median / max`, `${fmt(median(latencies))} / ${fmt(Math.max(...latencies))} ms (all done in ${fmt(run.ms)} ms)`);
  }
}
