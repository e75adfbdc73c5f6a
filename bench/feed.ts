import type { TestCloud } from '../tests/helpers/test-cloud';
import { fmt, median, row, timeIt } from './util';

const RUNS = 40;
const BATCH = 2000;
const date = (ms: number) => ({ $date: { $numberLong: String(ms) } });

/** Writes posts `from`..`to` straight into the store: published, three a second, a like count each, every 50th featured. */
async function seedPosts(cloud: TestCloud, from: number, to: number, start: number): Promise<void> {
  for (let first = from; first < to; first += BATCH) {
    const data: string[] = [];
    for (let i = first; i < Math.min(to, first + BATCH); i++) {
      const at = start + Math.floor(i / 3) * 1000;
      data.push(
        JSON.stringify({
          _id: `bench-post-${String(i).padStart(8, '0')}`,
          authorOpenid: `bench-author-${i % 5000}`,
          author: { nickname: '跑分用户', avatar: 'cloud://gongying-local.local-bucket/avatars/default.png', tier: 'explorer' },
          text: '早餐换成能量碗一周，精神好多了。燕麦底很扎实，蓝莓和香蕉片是自己加的，配一杯美式，十点前都不会饿。',
          images: [`cloud://gongying-local.local-bucket/ugc/bench/${i % 97}.png`],
          orderId: null, verified: i % 4 === 0, product: null, topic: '早餐搭配', allowReuse: false,
          status: i % 20 === 0 ? 'review' : 'published',
          featured: i % 50 === 0, featuredAt: i % 50 === 0 ? date(at + 60_000) : null,
          likes: (i * 7919) % 500,
          checks: { text: { verdict: 'pass', label: 'normal' }, images: [] },
          moderation: null, createdAt: date(at), updatedAt: date(at), publishedAt: date(at),
        }),
      );
    }
    const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: 'posts', data }) as { code?: string };
    if (res?.code) throw new Error(`bulk insert failed: ${JSON.stringify(res)}`);
    // Let the server's timers run (idle keep-alive sockets are closed, not reset mid-request).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const community = async (cloud: TestCloud, data: Record<string, unknown>) => {
  const res = await cloud.call('community', data, 'bench-reader');
  if (!res.ok) throw new Error(`${JSON.stringify(data)}: ${res.error.code}`);
  return res.data as { items: unknown[]; cursor?: string };
};

/** Median time of a feed page (listPosts through HTTP, as the app calls it), first page and deep pages. */
async function pageMs(cloud: TestCloud, sort: string): Promise<{ first: number; deep: number }> {
  const firsts: number[] = [];
  const deeps: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    firsts.push((await timeIt(() => community(cloud, { action: 'listPosts', sort }))).ms);
    const { ms, value } = await timeIt(() => community(cloud, { action: 'listPosts', sort, ...(cursor ? { cursor } : {}) }));
    deeps.push(ms);
    cursor = value.cursor;
  }
  return { first: median(firsts), deep: median(deeps) };
}

/**
 * The 晒单 feed at 10,000 and at 1,000,000 posts: a page's time (newest, hottest,
 * featured) should barely move, because each is one index-ordered read of ~11 rows;
 * and the database round trips one page costs.
 */
export async function benchFeed(cloud: TestCloud): Promise<void> {
  const start = Date.now() - 400 * 86_400_000;
  await seedPosts(cloud, 0, 10_000, start);
  const small = { newest: await pageMs(cloud, 'newest'), hottest: await pageMs(cloud, 'hottest'), featured: await pageMs(cloud, 'featured') };
  const { ms: fillMs } = await timeIt(() => seedPosts(cloud, 10_000, 1_000_000, start));
  const large = { newest: await pageMs(cloud, 'newest'), hottest: await pageMs(cloud, 'hottest'), featured: await pageMs(cloud, 'featured') };
  cloud.store.resetCounters();
  await community(cloud, { action: 'listPosts', sort: 'newest' });
  const firstTrips = cloud.store.counters.requests;
  const page = await community(cloud, { action: 'listPosts', sort: 'newest' });
  cloud.store.resetCounters();
  await community(cloud, { action: 'listPosts', sort: 'newest', cursor: page.cursor });
  const nextTrips = cloud.store.counters.requests;

  console.log('\n晒单 feed (listPosts via HTTP + SDK, 10 posts a page, median of 40)');
  for (const sort of ['newest', 'hottest', 'featured'] as const) {
    row(`${sort}: first page at 10k / 1M posts`, `${fmt(small[sort].first, 2)} ms / ${fmt(large[sort].first, 2)} ms (${fmt(large[sort].first / small[sort].first, 2)}×)`);
    row(`${sort}: next pages at 10k / 1M posts`, `${fmt(small[sort].deep, 2)} ms / ${fmt(large[sort].deep, 2)} ms (${fmt(large[sort].deep / small[sort].deep, 2)}×)`);
  }
  row('round trips: first newest page (page, own pending, likes)', String(firstTrips));
  row('round trips: a later page (page, likes)', String(nextTrips));
  row('writing 990,000 posts straight into the store', `${fmt(fillMs / 1000, 1)} s`);
}
