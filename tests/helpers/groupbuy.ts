import type { TestCloud } from './test-cloud';
import type { DealDoc, GroupDoc, OrderDoc, PickupPointDoc } from '../../cloudfunctions/shared/model';
import type { DealDraft } from '../../cloudfunctions/shared/api';
import { now } from '../../cloudfunctions/shared/runtime/clock';

/** What the admin's deal editor sends to `admin.saveDeal`: on sale from a minute ago for a week; `overrides` change any field. */
export function dealDraft(overrides: Partial<DealDraft> = {}): Omit<DealDraft, 'delivery'> & Partial<Pick<DealDraft, 'delivery'>> {
  return {
    title: '测试能量碗',
    subtitle: '',
    description: '',
    image: 'cloud://gongying-local.local-bucket/products/morning-bowl.png',
    images: [],
    groupPriceFen: 1990,
    soloPriceFen: 2590,
    groupSize: 2,
    timeLimitMinutes: 720,
    perUserLimit: 3,
    stock: 10,
    startAt: new Date(now().getTime() - 60_000).toISOString(),
    endAt: new Date(now().getTime() + 7 * 86_400_000).toISOString(),
    autoComplete: false,
    commissionBps: 1500,
    tags: [],
    ...overrides,
  };
}

/** A live deal written straight into the database (the admin pages do this through `admin.saveDeal`). */
export async function makeDeal(cloud: TestCloud, overrides: Partial<DealDoc> = {}): Promise<string> {
  const at = now();
  const deal: Omit<DealDoc, '_id'> = {
    productId: 'p-test',
    title: '测试能量碗',
    subtitle: '测试',
    image: 'cloud://gongying-local.local-bucket/products/morning-bowl.png',
    images: [],
    description: '',
    groupPriceFen: 2990,
    soloPriceFen: 3990,
    groupSize: 3,
    timeLimitMinutes: 1440,
    perUserLimit: 5,
    stockInitial: 100,
    stockLeft: 100,
    stockReserved: 0,
    stockSold: 0,
    startAt: new Date(at.getTime() - 3_600_000),
    endAt: new Date(at.getTime() + 30 * 86_400_000),
    autoComplete: false,
    commissionBps: 1500,
    status: 'active',
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  if (overrides.stockInitial !== undefined && overrides.stockLeft === undefined) deal.stockLeft = overrides.stockInitial;
  const res = await cloud.db.collection('deals').add(deal);
  return (res as { id: string }).id;
}

export const TEST_POINT_ID = 'test-pickup-point';
const testPoints = new WeakMap<TestCloud, Promise<unknown>>();

/** A pickup point every test cloud gets on first use: the checkout default of tests that choose no delivery. */
export function ensureTestPoint(cloud: TestCloud): Promise<unknown> {
  let ready = testPoints.get(cloud);
  if (!ready) {
    const at = now();
    const point: Omit<PickupPointDoc, '_id'> = {
      name: '测试自提点', address: '上海市徐汇区测试路 1 号', hours: '每天 9:00–21:00', contactName: '测试团长', contactPhone: '13800000000',
      kind: 'partner', ownerOpenid: '', staff: [], active: true, createdAt: at, updatedAt: at,
    };
    ready = cloud.db.collection('pickupPoints').doc(TEST_POINT_ID).set(point);
    testPoints.set(cloud, ready);
  }
  return ready;
}

const CHECKOUTS = new Set(['startGroup', 'joinGroup', 'buySolo']);

/** A checkout without a delivery gets pickup at the test point (free: the amount stays the goods'). */
export async function withDelivery(cloud: TestCloud, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (!CHECKOUTS.has(String(data.action)) || 'delivery' in data) return data;
  await ensureTestPoint(cloud);
  return { ...data, delivery: { mode: 'pickup', pointId: TEST_POINT_ID } };
}

/** groupbuy's envelope for a checkout (with the default delivery unless the test chose one). */
export async function checkout(cloud: TestCloud, openid: string, data: Record<string, unknown>) {
  return cloud.call('groupbuy', await withDelivery(cloud, data), openid);
}

/** Calls groupbuy as `openid` and returns data, failing the test on an error envelope. */
export async function gb<T = any>(cloud: TestCloud, openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await cloud.call('groupbuy', await withDelivery(cloud, data), openid);
  if (!res.ok) throw new Error(`${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

export async function pay(cloud: TestCloud, orderId: string): Promise<{ ok: boolean; data?: { status: string }; error?: { code: string } }> {
  return (await cloud.post('/dev/pay', { orderId })).json();
}

export async function runTimer(cloud: TestCloud, name: string): Promise<any> {
  return (await cloud.post(`/dev/run/${name}`, {})).json();
}

export const MINUTE = 60_000;

export async function readDeal(cloud: TestCloud, dealId: string): Promise<DealDoc> {
  return (await cloud.db.collection('deals').doc(dealId).get()).data[0];
}
export async function readGroup(cloud: TestCloud, groupId: string): Promise<GroupDoc> {
  return (await cloud.db.collection('groups').doc(groupId).get()).data[0];
}
export async function readOrder(cloud: TestCloud, orderId: string): Promise<OrderDoc> {
  return (await cloud.db.collection('orders').doc(orderId).get()).data[0];
}

/**
 * The invariants of a deal and its groups, checked against the orders themselves:
 * stock is conserved and matches the orders, seats match members, payments match seats.
 */
export async function assertDealInvariants(cloud: TestCloud, dealId: string): Promise<void> {
  const deal = await readDeal(cloud, dealId);
  const orders = (await cloud.db.collection('orders').where({ dealId }).limit(1000).get()).data as OrderDoc[];
  const units = (statuses: string[]) => orders.filter((o) => statuses.includes(o.status)).reduce((n, o) => n + o.quantity, 0);
  expect(deal.stockLeft).toBeGreaterThanOrEqual(0);
  expect(deal.stockLeft + deal.stockReserved + deal.stockSold + (deal.stockWrittenOff ?? 0)).toBe(deal.stockInitial);
  expect(deal.stockReserved).toBe(units(['pending_payment']));
  expect(deal.stockSold).toBe(units(['paid', 'effective', 'completed']));
  // Every stock move an order owed has reached the deal.
  expect(orders.filter((o) => o.stockMoves?.length)).toEqual([]);
  const groups = (await cloud.db.collection('groups').where({ dealId }).limit(1000).get()).data as GroupDoc[];
  for (const o of orders.filter((o) => o.groupId && o.status === 'effective')) {
    // An order ships only as a paid member of a group that succeeded.
    const g = groups.find((g) => g._id === o.groupId)!;
    expect([g.status, g.paidOrderIds.includes(o._id)]).toEqual(['succeeded', true]);
  }
  for (const g of groups) {
    const own = orders.filter((o) => o.groupId === g._id);
    // A failed group keeps no one's money; a group that succeeded counted only real buyers.
    if (g.status === 'failed') expect(own.filter((o) => ['paid', 'effective', 'completed'].includes(o.status))).toEqual([]);
    if (g.status === 'succeeded') {
      expect(g.paidCount).toBeGreaterThanOrEqual(g.autoComplete ? 1 : g.size);
      for (const id of g.paidOrderIds) expect(['paid', 'effective', 'completed', 'refunding', 'refunded']).toContain(own.find((o) => o._id === id)?.status);
    }
    expect(g.seatsTaken).toBe(g.members.length);
    expect(g.seatsTaken).toBeLessThanOrEqual(g.size);
    expect(g.paidCount).toBe(g.paidOrderIds.length);
    expect(new Set(g.members.map((m) => m.openid)).size).toBe(g.members.length);
    for (const id of g.paidOrderIds) {
      const order = orders.find((o) => o._id === id);
      expect(order).toBeDefined();
      expect(g.members.some((m) => m.orderId === id)).toBe(true);
    }
  }
}
