import type { TestCloud } from './test-cloud';
import { grant } from '../../cloudfunctions/shared/grants';
import { DEFAULT_MEMBER_CONFIG } from '../../cloudfunctions/shared/domain/growth';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { adminCall } from './distribution';

// 积分兑换 tests: points to spend, and the points ledger's invariants.

let gifts = 0;

/** Gives `points` to `openid` through the one grants path (a test grant of its own key). */
export function givePoints(cloud: TestCloud, openid: string, points: number): Promise<boolean> {
  return grant(cloud.db, openid, `test:${openid}:${gifts++}`, { growth: 0, points }, '测试积分', DEFAULT_MEMBER_CONFIG, now());
}

/** Points are only ever what the grants say: the cached balance equals the sum of the member's grants, and never negative. */
export async function assertPointsInvariants(cloud: TestCloud, openid: string): Promise<void> {
  const grants = (await cloud.db.collection('grants').where({ openid }).limit(1000).get()).data as { points: number }[];
  const user = (await cloud.db.collection('users').doc(openid).get()).data[0];
  expect(user.points).toBe(grants.reduce((sum, g) => sum + g.points, 0));
  expect(user.points).toBeGreaterThanOrEqual(0);
}

/** A coupon reward (满39减5 for 100 points) the brand saves, with `draft` over the defaults. */
export async function saveCouponReward(cloud: TestCloud, draft: Record<string, unknown> = {}) {
  return (await adminCall(cloud, { action: 'saveReward', title: '满39减5', kind: 'coupon', pointsCost: 100, amountFen: 500, minSpendFen: 3900, total: 100, perMember: 5, validDays: 30, active: true, ...draft })).reward;
}

/** The documents of `collection` matching `where` (at most 1000). */
export async function docsWhere(cloud: TestCloud, collection: string, where: Record<string, unknown>) {
  return (await cloud.db.collection(collection).where(where).limit(1000).get()).data;
}
