import type { LocalCloud } from '../local-cloud';
import type { OrderDoc, RefundDoc, UserDoc, AnalyticsEventDoc } from '../../cloudfunctions/shared/model';
import type { CheckinDoc } from '../../cloudfunctions/member/flows/check-in';
import type { BindingDoc } from '../../cloudfunctions/distribution/flows/binding';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { addDays, dayOf, dayStart } from '../../cloudfunctions/shared/domain/analytics';
import { backfill } from '../../cloudfunctions/analytics/flows/rollup';
import { fileIdFor } from '../storage';
import type { SeedIds } from './index';
import { put } from './put';

/** Weeks of history before the demo's today, so 数据看板 shows a trend on `npm start`. */
export const HISTORY_DAYS = 42;
const MEMBERS = 24;
const LEADER_CODE = 'YZ7KQ3MP';
const LEADER = 'demo-cocreator';

/** A document in the store's extended JSON: dates as {$date: ms}. */
function ejson(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(ejson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ejson(v)]));
  return value;
}

/** A small seeded PRNG: the same history on every seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Six weeks of past records by 24 history members (会员01…): completed orders on the
 * seeded deals (a few refunded, some through 阿哲's code), groups that filled or
 * failed, bindings to 阿哲, check-ins, and shares/visits of his code — growing week
 * by week; then the backfill rolls them up as the timer would have. Past orders are
 * completed, rewarded and perk-done, so no job picks them up; they earn no commission
 * (the ledger stays as the demo left it).
 */
export async function seedAnalyticsHistory(cloud: LocalCloud, ids: SeedIds): Promise<void> {
  const db = database();
  // Collected, then written in bulk straight into the store (a few round trips for ~1,200 documents).
  const pending = new Map<string, { _id: string }[]>();
  const putDoc = <T extends { _id: string }>(collection: string, doc: T): Promise<void> => {
    pending.set(collection, [...(pending.get(collection) ?? []), doc]);
    return Promise.resolve();
  };
  const at = now();
  const today = dayOf(at);
  const rand = prng(17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const deals = (await db.collection('deals').where({ status: 'active' }).field({ title: true, image: true, groupPriceFen: true, groupSize: true }).limit(20).get()).data as {
    _id: string;
    title: string;
    image: string;
    groupPriceFen: number;
    groupSize: number;
  }[];
  if (!deals.length) return;
  const members = Array.from({ length: MEMBERS }, (_, i) => `hist-${String(i + 1).padStart(2, '0')}`);
  const first = addDays(today, -HISTORY_DAYS);
  const writes: Promise<void>[] = members.map((openid, i) =>
    putDoc('users', {
      _id: openid,
      nickname: `会员${String(i + 1).padStart(2, '0')}`,
      avatar: fileIdFor(`avatars/avatar-${(i % 8) + 1}.png`),
      tier: 'explorer',
      growth: 0,
      points: 0,
      isAdmin: false,
      isDistributor: false,
      createdAt: dayStart(first),
      updatedAt: dayStart(first),
    } satisfies UserDoc),
  );
  const address = { name: '会员', phone: '13800000000', region: ['上海市', '上海市', '徐汇区'] as [string, string, string], detail: '漕溪北路 1 号' };
  for (let d = 0; d < HISTORY_DAYS; d++) {
    const day = addDays(first, d);
    const start = dayStart(day).getTime();
    const time = () => new Date(start + (8 + rand() * 14) * 3_600_000); // 08:00–22:00
    const growth = 1 + d / HISTORY_DAYS; // busier week by week
    const orders = Math.round((2 + rand() * 4) * growth);
    for (let i = 0; i < orders; i++) {
      const deal = pick(deals);
      const openid = pick(members);
      const paidAt = time();
      const viaLeader = rand() < 0.4;
      const refunded = rand() < 0.06;
      const id = ids(`history-order:${day}:${i}`);
      const amountFen = deal.groupPriceFen * (rand() < 0.2 ? 2 : 1);
      const order: OrderDoc = {
        _id: id,
        openid,
        dealId: deal._id,
        groupId: null,
        kind: 'solo',
        title: deal.title,
        image: deal.image,
        quantity: amountFen / deal.groupPriceFen,
        unitPriceFen: deal.groupPriceFen,
        amountFen,
        goodsFen: amountFen,
        shippingFeeFen: 0,
        delivery: { mode: 'express', address },
        commissionBps: 0,
        arrivalCode: viaLeader ? LEADER_CODE : null,
        distributorOpenid: viaLeader ? LEADER : null,
        distributorCode: viaLeader ? LEADER_CODE : null,
        status: refunded ? 'refunded' : 'completed',
        reservedUntil: paidAt,
        transactionId: `hist-${id.slice(0, 16)}`,
        createdAt: paidAt,
        updatedAt: paidAt,
        paidAt,
        effectiveAt: paidAt,
        shippedAt: paidAt,
        completedAt: refunded ? null : new Date(paidAt.getTime() + 3 * 86_400_000),
        cancelledAt: null,
        refundId: refunded ? `hist-refund-${id.slice(0, 16)}` : null,
        rewardsDone: true,
        perksDone: true,
        paidWorkDue: false,
      };
      writes.push(putDoc('orders', order));
      if (refunded) {
        const refundAt = new Date(Math.min(paidAt.getTime() + 86_400_000, start + 86_400_000 * 2 - 1));
        const refund: RefundDoc = {
          _id: order.refundId!,
          orderId: id,
          openid,
          amountFen,
          totalFen: amountFen,
          reason: '不想要了',
          status: 'succeeded',
          attempts: 1,
          nextAttemptAt: refundAt,
          lockedUntil: null,
          lastError: null,
          providerRefundId: `hist-${id.slice(0, 12)}`,
          platformStatus: 'SUCCESS',
          createdAt: paidAt,
          updatedAt: refundAt,
        };
        writes.push(putDoc('refunds', refund));
      }
    }
    for (let g = 0; g < Math.round((1 + rand() * 2) * growth); g++) {
      const deal = pick(deals);
      const openedAt = time();
      const ok = rand() < 0.75;
      const closedAt = new Date(openedAt.getTime() + (ok ? 20 + rand() * 400 : 24 * 60) * 60_000);
      if (closedAt.getTime() >= dayStart(today).getTime()) continue;
      writes.push(
        putDoc('groups', {
          _id: ids(`history-group:${day}:${g}`),
          dealId: deal._id,
          leaderOpenid: pick(members),
          leaderOrderId: '',
          size: deal.groupSize,
          seatsTaken: ok ? deal.groupSize : 1,
          paidCount: ok ? deal.groupSize : 1,
          paidOrderIds: [],
          heldOrderIds: [],
          status: ok ? 'succeeded' : 'failed',
          autoComplete: false,
          timeLimitMinutes: 24 * 60,
          members: [],
          createdAt: openedAt,
          openedAt,
          expiresAt: new Date(openedAt.getTime() + 24 * 3_600_000),
          closedAt,
        } as never),
      );
    }
    const active = members.filter(() => rand() < 0.25 * growth);
    for (const openid of active) {
      writes.push(
        putDoc('grants', { _id: `checkin:${openid}_${day.replace(/-/g, '')}`, kind: 'checkin', openid, day: day.replace(/-/g, ''), streak: 1, growth: 0, points: 0, reason: '每日签到 · 连续第 1 天', createdAt: time() } satisfies CheckinDoc),
      );
    }
    for (let s = 0; s < Math.round((2 + rand() * 5) * growth); s++) {
      const kind = pick(['share_card', 'share_card', 'share_poster', 'copy_code', 'share_timeline'] as const);
      writes.push(putDoc('analyticsEvents', { _id: ids(`history-share:${day}:${s}`), kind, openid: LEADER, code: LEADER_CODE, page: 'pages/deal/index', dealId: pick(deals)._id, at: time() } satisfies AnalyticsEventDoc));
    }
    for (let v = 0; v < Math.round((1 + rand() * 4) * growth); v++) {
      const openid = pick(members);
      writes.push(putDoc('analyticsEvents', { _id: `visit_${openid}_${LEADER_CODE}_${day}_${v}`, kind: 'visit', openid, code: LEADER_CODE, page: 'pages/deal/index', dealId: null, at: time() } satisfies AnalyticsEventDoc));
    }
  }
  // Some history members bound to 阿哲 over the weeks (their bindings have since expired).
  members.slice(0, 10).forEach((openid, i) => {
    const boundAt = new Date(dayStart(addDays(first, i * 3)).getTime() + 10 * 3_600_000);
    writes.push(putDoc('bindings', { _id: openid, code: LEADER_CODE, distributorOpenid: LEADER, boundAt, expiresAt: new Date(boundAt.getTime() + 30 * 86_400_000) } satisfies BindingDoc));
  });
  await Promise.all(writes);
  for (const [collection, docs] of pending) {
    for (let i = 0; i < docs.length; i += 500) {
      const batch = docs.slice(i, i + 500);
      const res = cloud.store.handle({ action: 'database.insertDocument', collectionName: collection, data: batch.map((d) => JSON.stringify(ejson(d))) }) as { code?: string };
      // A re-run after an interrupted seed finds some of them: write those one by one onto the same ids.
      if (res?.code) for (const doc of batch) await put(db, collection, doc);
    }
  }
  await backfill(db, at, { from: first });
}
