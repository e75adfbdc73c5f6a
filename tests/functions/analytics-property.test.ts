/**
 * Property: for random streams of orders, refunds, groups, bindings, commissions,
 * posts, likes, votes, check-ins and share/visit events over several Shanghai days,
 * every rollup document equals the figure this test recomputes from its own stream
 * (written independently of shared/domain/analytics.ts: only the period list and keys
 * come from there), and rolling again, or backfilling again, changes nothing.
 */
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { put as putDoc } from '../../emulator/seed/put';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { periodOf } from '../../cloudfunctions/shared/domain/analytics';
import { backfill, rollRecent } from '../../cloudfunctions/analytics/flows/rollup';

const RUNS = 20;
const COLLECTIONS = ['orders', 'refunds', 'groups', 'bindings', 'commissions', 'distributors', 'deals', 'posts', 'likes', 'ballots', 'grants', 'analyticsEvents', 'analyticsRollups'];
const LEADERS: Record<string, string> = { 'lead-a': 'LEADA', 'lead-b': 'LEADB' };

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
}, 60_000);
afterAll(() => cloud.stop());

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

// The test's own Shanghai day: UTC+8, no daylight saving.
const shDay = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const inDays = (t: Date | null, from: string, to: string) => t != null && shDay(t) >= from && shDay(t) <= to;

interface Stream {
  orders: { _id: string; openid: string; dealId: string; amountFen: number; paidAt: Date; effectiveAt: Date | null; status: string; distributorCode: string | null }[];
  refunds: { _id: string; orderId: string; amountFen: number; status: string; updatedAt: Date }[];
  groups: { _id: string; dealId: string; status: string; openedAt: Date; closedAt: Date | null }[];
  bindings: { _id: string; code: string; boundAt: Date }[];
  commissions: { _id: string; distributorOpenid: string; amountFen: number; status: string; effectiveAt: Date }[];
  acts: { collection: string; _id: string; openid: string; at: Date }[];
  events: { _id: string; kind: string; code: string | null; at: Date }[];
}

function generate(seed: number, start: Date, spanMs: number): Stream {
  const r = prng(seed);
  const at = () => new Date(start.getTime() + Math.floor(r.next() * spanMs));
  const buyers = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
  const deals = ['deal-1', 'deal-2', 'deal-3'];
  const codes = [null, null, 'LEADA', 'LEADB'];
  const s: Stream = { orders: [], refunds: [], groups: [], bindings: [], commissions: [], acts: [], events: [] };
  for (let i = 0; i < r.int(5, 40); i++) {
    const paidAt = at();
    const status = r.pick(['effective', 'completed', 'refunded', 'paid', 'effective']);
    const order = {
      _id: `o${i}`,
      openid: r.pick(buyers),
      dealId: r.pick(deals),
      amountFen: r.int(100, 10_000),
      paidAt,
      effectiveAt: status === 'paid' ? null : new Date(paidAt.getTime() + r.int(0, 600_000)),
      status,
      distributorCode: r.pick(codes),
    };
    s.orders.push(order);
    if (status === 'refunded') s.refunds.push({ _id: `r${i}`, orderId: order._id, amountFen: order.amountFen, status: 'succeeded', updatedAt: new Date(paidAt.getTime() + r.int(0, 3 * 86_400_000)) });
    else if (r.next() < 0.1) s.refunds.push({ _id: `r${i}`, orderId: order._id, amountFen: order.amountFen, status: 'processing', updatedAt: at() });
    if (order.distributorCode && order.effectiveAt) {
      const openid = Object.keys(LEADERS).find((k) => LEADERS[k] === order.distributorCode)!;
      s.commissions.push({ _id: order._id, distributorOpenid: openid, amountFen: Math.floor(order.amountFen / 10), status: r.pick(['pending', 'settled', 'cancelled']), effectiveAt: order.effectiveAt });
    }
  }
  for (let i = 0; i < r.int(0, 15); i++) {
    const openedAt = at();
    const status = r.pick(['succeeded', 'failed', 'open']);
    s.groups.push({ _id: `g${i}`, dealId: r.pick(deals), status, openedAt, closedAt: status === 'open' ? null : new Date(openedAt.getTime() + r.int(1, 2000) * 60_000) });
  }
  for (let i = 0; i < r.int(0, 10); i++) s.bindings.push({ _id: `bind${i}`, code: r.pick(['LEADA', 'LEADB']), boundAt: at() });
  for (const collection of ['posts', 'likes', 'ballots', 'checkins']) {
    for (let i = 0; i < r.int(0, 12); i++) s.acts.push({ collection, _id: `${collection}${i}`, openid: r.pick(buyers), at: at() });
  }
  for (let i = 0; i < r.int(0, 20); i++) s.events.push({ _id: `e${i}`, kind: r.pick(['share_card', 'share_poster', 'copy_code', 'visit']), code: r.pick(codes), at: at() });
  return s;
}

async function write(s: Stream) {
  const db = cloud.db;
  const put = <T extends { _id: string }>(_db: typeof db, collection: string, doc: T) => putDoc(_db, collection, doc);
  const writes: Promise<void>[] = [
    ...Object.entries(LEADERS).map(([openid, code]) => put(db, 'distributors', { _id: openid, code, status: 'active' } as never)),
    ...['deal-1', 'deal-2', 'deal-3'].map((id) => put(db, 'deals', { _id: id, title: id, coCreation: id === 'deal-3' ? { projectId: 'p' } : null } as never)),
    ...s.orders.map((o) => put(db, 'orders', o)),
    ...s.refunds.map((f) => put(db, 'refunds', f)),
    ...s.groups.map((g) => put(db, 'groups', g)),
    ...s.bindings.map((b) => put(db, 'bindings', b)),
    ...s.commissions.map((c) => put(db, 'commissions', c)),
    ...s.events.map((e) => put(db, 'analyticsEvents', { ...e, openid: 'x', page: null, dealId: null })),
    ...s.acts.map((a) =>
      a.collection === 'checkins'
        ? put(db, 'grants', { _id: `checkin:${a._id}`, kind: 'checkin', openid: a.openid, createdAt: a.at })
        : put(db, a.collection, a.collection === 'posts' ? { _id: a._id, authorOpenid: a.openid, contestId: null, createdAt: a.at, featuredAt: null } : { _id: a._id, openid: a.openid, createdAt: a.at }),
    ),
    // Grants other than check-ins are not interactions.
    ...s.acts.map((a) => put(db, 'grants', { _id: `order:${a._id}`, openid: a.openid, growth: 1, points: 1, createdAt: a.at })),
  ];
  await Promise.all(writes);
}

async function clear() {
  const _ = cloud.db.command;
  for (const c of COLLECTIONS) await cloud.db.collection(c).where({ _id: _.exists(true) }).remove();
}

/** The figures the test expects for one period, from the stream only. */
function expected(s: Stream, from: string, to: string) {
  const paid = s.orders.filter((o) => inDays(o.paidAt, from, to));
  const refunds = s.refunds.filter((f) => ['succeeded', 'resolved'].includes(f.status) && inDays(f.updatedAt, from, to));
  const orderOf = new Map(s.orders.map((o) => [o._id, o]));
  const effective = (o: Stream['orders'][number]) => o.effectiveAt != null && ['effective', 'completed'].includes(o.status);
  const byBuyer = new Map<string, Stream['orders']>();
  for (const o of paid.filter(effective)) byBuyer.set(o.openid, [...(byBuyer.get(o.openid) ?? []), o]);
  const isNew = (openid: string) => !s.orders.some((o) => o.openid === openid && effective(o) && shDay(o.paidAt) < from);
  const opened = s.groups.filter((g) => inDays(g.openedAt, from, to));
  const closed = s.groups.filter((g) => g.status !== 'open' && inDays(g.closedAt, from, to));
  const fills = closed.filter((g) => g.status === 'succeeded').map((g) => Math.round((g.closedAt!.getTime() - g.openedAt.getTime()) / 60_000)).sort((a, b) => a - b);
  const median = fills.length === 0 ? null : fills.length % 2 ? fills[(fills.length - 1) / 2] : Math.round((fills[fills.length / 2 - 1] + fills[fills.length / 2]) / 2);
  const events = s.events.filter((e) => inDays(e.at, from, to));
  const acts = s.acts.filter((a) => inDays(a.at, from, to));
  const commissions = s.commissions.filter((c) => c.status !== 'cancelled' && inDays(c.effectiveAt, from, to));
  const bindings = s.bindings.filter((b) => inDays(b.boundAt, from, to));
  const sum = (xs: { amountFen: number }[]) => xs.reduce((a, x) => a + x.amountFen, 0);

  const total = {
    orders: paid.length,
    paidFen: sum(paid),
    refundedFen: sum(refunds),
    gmvFen: sum(paid) - sum(refunds),
    buyers: byBuyer.size,
    repeatBuyers: [...byBuyer.values()].filter((l) => l.length >= 2).length,
    newCustomers: [...byBuyer.keys()].filter(isNew).length,
    groupsStarted: opened.length,
    groupsSucceeded: closed.filter((g) => g.status === 'succeeded').length,
    groupsFailed: closed.filter((g) => g.status === 'failed').length,
    medianFillMinutes: median,
    bindings: bindings.length,
    shares: events.filter((e) => e.kind !== 'visit').length,
    visits: events.filter((e) => e.kind === 'visit').length,
    commissionFen: sum(commissions),
    interactions: acts.length,
    activeMembers: new Set(acts.map((a) => a.openid)).size,
    posts: acts.filter((a) => a.collection === 'posts').length,
    likes: acts.filter((a) => a.collection === 'likes').length,
    votes: acts.filter((a) => a.collection === 'ballots').length,
    checkins: acts.filter((a) => a.collection === 'checkins').length,
    coCreatedGmvFen: sum(paid.filter((o) => o.dealId === 'deal-3')) - sum(refunds.filter((f) => orderOf.get(f.orderId)!.dealId === 'deal-3')),
  };
  const deals: Record<string, Record<string, number>> = {};
  for (const id of ['deal-1', 'deal-2', 'deal-3']) {
    const p = paid.filter((o) => o.dealId === id);
    const f = refunds.filter((x) => orderOf.get(x.orderId)!.dealId === id);
    deals[id] = {
      orders: p.length,
      paidFen: sum(p),
      refundedFen: sum(f),
      gmvFen: sum(p) - sum(f),
      groupsStarted: opened.filter((g) => g.dealId === id).length,
      groupsSucceeded: closed.filter((g) => g.dealId === id && g.status === 'succeeded').length,
      groupsFailed: closed.filter((g) => g.dealId === id && g.status === 'failed').length,
    };
  }
  const leaders: Record<string, Record<string, number>> = {};
  for (const code of ['LEADA', 'LEADB']) {
    const p = paid.filter((o) => o.distributorCode === code);
    const f = refunds.filter((x) => orderOf.get(x.orderId)!.distributorCode === code);
    const firstCodes = [...byBuyer.entries()]
      .filter(([openid]) => isNew(openid))
      .map(([, list]) => [...list].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime() || (a._id < b._id ? -1 : 1))[0].distributorCode);
    leaders[code] = {
      orders: p.length,
      gmvFen: sum(p) - sum(f),
      bindings: bindings.filter((b) => b.code === code).length,
      shares: events.filter((e) => e.code === code && e.kind !== 'visit').length,
      visits: events.filter((e) => e.code === code && e.kind === 'visit').length,
      commissionFen: sum(commissions.filter((c) => LEADERS[c.distributorOpenid] === code)),
      newCustomers: firstCodes.filter((c) => c === code).length,
    };
  }
  return { total, deals, leaders };
}

const nonzero = (f: Record<string, number>) => Object.values(f).some((v) => v !== 0);

async function snapshot(): Promise<Map<string, unknown>> {
  const _ = cloud.db.command;
  const docs: { _id: string }[] = [];
  for (;;) {
    const res = await cloud.db.collection('analyticsRollups').where({ _id: _.neq('state') }).orderBy('_id', 'asc').skip(docs.length).limit(1000).get();
    docs.push(...(res.data as { _id: string }[]));
    if (res.data.length < 1000) break;
  }
  return new Map(docs.map((d) => [d._id, d]));
}

test(`${RUNS} random streams: every rollup equals the figure recomputed from the stream; rolling again changes nothing`, async () => {
  const today = shDay(now());
  const start = new Date(Date.parse(`${today}T00:00:00+08:00`) - 12 * 86_400_000);
  const spanMs = 10 * 86_400_000; // ends two days before today; the backfill rolls through yesterday
  for (let run = 1; run <= RUNS; run++) {
    await clear();
    const stream = generate(run, start, spanMs);
    await write(stream);
    const result = await backfill(cloud.db, now(), { from: shDay(start) });
    expect(result.next).toBeNull();
    const docs = await snapshot();

    const days = new Set<string>();
    for (let t = start.getTime(); t < start.getTime() + spanMs + 2 * 86_400_000; t += 86_400_000) days.add(shDay(new Date(t)));
    const periods = new Map<string, ReturnType<typeof periodOf>>();
    for (const day of days) for (const g of ['day', 'week', 'month'] as const) periods.set(`${g}:${periodOf(day, g).key}`, periodOf(day, g));
    let checked = 0;
    for (const [id, p] of periods) {
      const want = expected(stream, p.from, p.to);
      const doc = docs.get(id) as { figures: Record<string, unknown> } | undefined;
      expect({ run, id, figures: doc && Object.fromEntries(Object.keys(want.total).map((k) => [k, doc.figures[k]])) }).toEqual({ run, id, figures: want.total });
      for (const [scope, rows] of [['deal', want.deals], ['leader', want.leaders]] as const) {
        for (const [ref, f] of Object.entries(rows)) {
          const got = docs.get(`${scope}:${id}:${ref}`) as { figures: Record<string, number> } | undefined;
          if (!nonzero(f)) {
            expect({ run, id: `${scope}:${id}:${ref}`, doc: got }).toEqual({ run, id: `${scope}:${id}:${ref}`, doc: undefined });
            continue;
          }
          expect({ run, id: `${scope}:${id}:${ref}`, figures: got && Object.fromEntries(Object.keys(f).map((k) => [k, got.figures[k]])) }).toEqual({ run, id: `${scope}:${id}:${ref}`, figures: f });
          checked++;
        }
      }
    }
    // No rollup document the stream does not explain.
    for (const id of docs.keys()) expect({ run, id, explained: periods.has(id.replace(/^(deal|leader):/, "").replace(/:[^:]*$/, "")) || periods.has(id) }).toEqual({ run, id, explained: true });
    expect(checked).toBeGreaterThan(0);

    // Rolling again (the timer, twice) and backfilling again write the same documents.
    await rollRecent(cloud.db, now());
    await rollRecent(cloud.db, now());
    await backfill(cloud.db, now(), {});
    expect(await snapshot()).toEqual(docs);
  }
}, 600_000);
