import type { TestCloud } from '../tests/helpers/test-cloud';
import { afterSyncWrites, fmt, median, row, timeIt } from './util';

const RUNS = 40;
const BATCH = 1000;

/** Seeds `total` groups spread over 500 deals, straight into the store in batches. */
function seedGroups(cloud: TestCloud, from: number, to: number): void {
  for (let start = from; start < to; start += BATCH) {
    const data = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      data.push(JSON.stringify({ _id: `bench-g-${i}`, dealId: `deal-${i % 500}`, status: i % 3 ? 'open' : 'failed', seatsTaken: i % 5 }));
    }
    const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: 'groups', data }) as { code?: string };
    if (res && (res as { code?: string }).code) throw new Error(`bulk insert failed: ${JSON.stringify(res)}`);
  }
}

async function queryMs(cloud: TestCloud): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { ms } = await timeIt(() =>
      cloud.db.collection('groups').where({ dealId: `deal-${(i * 37) % 500}`, status: 'open' }).limit(20).get(),
    );
    times.push(ms);
  }
  return median(times);
}

/** An index-backed query's time at 10k and at 100k documents: it should barely move. */
export async function benchIndexedQuery(cloud: TestCloud): Promise<void> {
  seedGroups(cloud, 0, 10_000);
  await afterSyncWrites();
  const small = await queryMs(cloud);
  seedGroups(cloud, 10_000, 100_000);
  await afterSyncWrites();
  const large = await queryMs(cloud);
  const plan = cloud.store.explain('groups', JSON.stringify({ dealId: 'deal-1', status: 'open' }));
  console.log('\nIndexed query (groups by dealId + status, 20 results, median of 40, via SDK + HTTP)');
  row('at 10,000 documents', `${fmt(small, 2)} ms`);
  row('at 100,000 documents', `${fmt(large, 2)} ms`);
  row('ratio 100k / 10k', `${fmt(large / small, 2)}×`);
  row('query plan', plan.join(' | '));
}
