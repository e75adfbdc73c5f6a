import type { Database } from '../../shared/runtime/cloud';
import { aggregateAll } from '../../shared/runtime/aggregate';
import { docsByIds } from '../../shared/runtime/documents';
import type { InteractionKind, PeriodRecords, RawGroup, RawOrder } from '../../shared/domain/analytics';
import { TIER_RANK } from '../../shared/domain/analytics';

const PAGE = 1000;
const BUYERS_PER_QUERY = 500;

/**
 * Every document of `collection` matching `where`, only `fields`, a page of 1000 at a
 * time in `_id` order (each page starts after the last id read, so a page never
 * repeats or skips a row however long the read takes).
 */
export async function readAll<T extends { _id: string }>(db: Database, collection: string, where: object, fields: string[]): Promise<T[]> {
  const _ = db.command;
  const out: T[] = [];
  const projection = Object.fromEntries(['_id', ...fields].map((f) => [f, true]));
  for (;;) {
    const last = out.length ? out[out.length - 1]._id : null;
    const cond = last == null ? where : _.and([where, { _id: _.gt(last) }]);
    const res = await db.collection(collection).where(cond).field(projection).orderBy('_id', 'asc').limit(PAGE).get();
    const page = res.data as T[];
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

const asDate = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

/** The raw records of [start, end) the figures of one period are computed from. */
export async function loadPeriodRecords(db: Database, start: Date, end: Date): Promise<PeriodRecords> {
  const _ = db.command;
  const within = _.gte(start).and(_.lt(end));
  const at = (field: string, extra: object = {}) => ({ ...extra, [field]: within });

  const [orders, refunds, opened, closed, bindings, commissions, distributors, events, posts, featured, deals, vouchersIssued, vouchersRedeemed, signups, tierChanges, contributions, ...acts] =
    await Promise.all([
      readAll<RawOrder & { _id: string }>(db, 'orders', at('paidAt'), ['openid', 'dealId', 'amountFen', 'paidAt', 'effectiveAt', 'status', 'distributorCode']),
      readAll<{ _id: string; orderId: string; amountFen: number; updatedAt: Date }>(db, 'refunds', at('updatedAt', { status: _.in(['succeeded', 'resolved']) }), ['orderId', 'amountFen', 'updatedAt']),
      readAll<RawGroup & { _id: string }>(db, 'groups', at('openedAt'), ['dealId', 'status', 'openedAt', 'closedAt']),
      readAll<RawGroup & { _id: string }>(db, 'groups', at('closedAt', { status: _.in(['succeeded', 'failed']) }), ['dealId', 'status', 'openedAt', 'closedAt']),
      readAll<{ _id: string; code: string }>(db, 'bindings', at('boundAt'), ['code']),
      readAll<{ _id: string; distributorOpenid: string; amountFen: number }>(db, 'commissions', at('effectiveAt', { status: _.in(['pending', 'settled']) }), ['distributorOpenid', 'amountFen']),
      readAll<{ _id: string; code: string }>(db, 'distributors', {}, ['code']),
      readAll<{ _id: string; kind: string; code: string | null }>(db, 'analyticsEvents', at('at'), ['kind', 'code']),
      readAll<{ _id: string; authorOpenid: string; contestId: string | null }>(db, 'posts', at('createdAt'), ['authorOpenid', 'contestId']),
      db.collection('posts').where(at('featuredAt')).count(),
      readAll<{ _id: string; coCreation?: unknown }>(db, 'deals', {}, ['coCreation']),
      readAll<{ _id: string; partnerId: string }>(db, 'vouchers', at('issuedAt'), ['partnerId']),
      readAll<{ _id: string; partnerId: string }>(db, 'vouchers', at('usedAt', { status: 'used' }), ['partnerId']),
      readAll<{ _id: string; eventId: string }>(db, 'eventSignups', at('checkedInAt', { status: 'attended' }), ['eventId']),
      readAll<{ _id: string; from: string; to: string }>(db, 'tierChanges', at('at'), ['from', 'to']),
      readAll<{ _id: string; openid: string; kind: string }>(db, 'contributions', at('createdAt'), ['openid', 'kind']),
      ...INTERACTIONS.map(([collection, , who, which]) => readAll<{ _id: string; [k: string]: unknown }>(db, collection, at('createdAt', which), [who])),
    ]);

  const refundOrders = await docsByIds<{ _id: string; dealId: string; distributorCode: string | null }>(db, 'orders', refunds.map((f) => f.orderId));
  const codeOf = new Map(distributors.map((d) => [d._id, d.code]));
  const events_ = await docsByIds<{ _id: string; partnerId: string | null }>(db, 'events', signups.map((s) => s.eventId));
  const interactions: PeriodRecords['interactions'] = [];
  INTERACTIONS.forEach(([, kind, who], i) => {
    for (const doc of acts[i]) interactions.push({ openid: String(doc[who]), kind });
  });
  for (const p of posts) interactions.push({ openid: p.authorOpenid, kind: 'post' });

  const normalized = orders.map((o) => ({ ...o, paidAt: new Date(o.paidAt), effectiveAt: asDate(o.effectiveAt), distributorCode: o.distributorCode ?? null }));
  return {
    orders: normalized,
    refunds: refunds.map((f) => {
      const order = refundOrders.get(f.orderId);
      return { orderId: f.orderId, amountFen: f.amountFen, at: new Date(f.updatedAt), dealId: order?.dealId ?? '', code: order?.distributorCode ?? null };
    }),
    groupsOpened: opened.map(normalGroup),
    groupsClosed: closed.map(normalGroup),
    bindings: bindings.map((b) => ({ code: b.code })),
    commissions: commissions.flatMap((c) => {
      const code = codeOf.get(c.distributorOpenid);
      return code ? [{ code, amountFen: c.amountFen }] : [];
    }),
    events: events.map((e) => ({ kind: e.kind, code: e.code ?? null })),
    interactions,
    postsFeatured: featured.total ?? 0,
    contestEntries: posts.filter((p) => p.contestId).length,
    contributions: contributions.map((c) => ({ openid: c.openid, kind: c.kind })),
    vouchersIssued: vouchersIssued.map((v) => ({ partnerId: v.partnerId })),
    vouchersRedeemed: vouchersRedeemed.map((v) => ({ partnerId: v.partnerId })),
    attendance: signups.map((s) => ({ partnerId: events_.get(s.eventId)?.partnerId ?? null })),
    promotions: tierChanges.filter((t) => (TIER_RANK[t.to] ?? 0) > (TIER_RANK[t.from] ?? 0)).length,
    coCreatedDeals: new Set(deals.filter((d) => d.coCreation).map((d) => d._id)),
    priorBuyers: await priorBuyers(db, normalized, start),
  };
}

/** Interactions other than posts: [collection, kind, the member's field, which of its documents]. */
const INTERACTIONS: [string, InteractionKind, string, object?][] = [
  ['grants', 'checkin', 'openid', { kind: 'checkin' }],
  ['ballots', 'vote', 'openid'],
  ['ideaVotes', 'vote', 'openid'],
  ['likes', 'like', 'openid'],
  ['comments', 'comment', 'authorOpenid'],
  ['proposalComments', 'comment', 'openid'],
  ['ideas', 'idea', 'openid'],
  ['proposals', 'proposal', 'openid'],
  ['trialReports', 'trial', 'openid'],
];

function normalGroup(g: RawGroup): RawGroup {
  return { dealId: g.dealId, status: g.status, openedAt: asDate(g.openedAt), closedAt: asDate(g.closedAt) };
}

/** Of the period's buyers, those with an effective order paid before it began (one grouped query per 500 buyers). */
async function priorBuyers(db: Database, orders: RawOrder[], start: Date): Promise<Set<string>> {
  const _ = db.command;
  const buyers = [...new Set(orders.map((o) => o.openid))];
  const chunks: string[][] = [];
  for (let i = 0; i < buyers.length; i += BUYERS_PER_QUERY) chunks.push(buyers.slice(i, i + BUYERS_PER_QUERY));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      aggregateAll<{ _id: string }>(db, 'orders', (agg) =>
        agg.match({ openid: _.in(chunk), paidAt: _.lt(start), effectiveAt: _.neq(null), status: _.in(['effective', 'completed']) }).group({ _id: '$openid' }),
      ),
    ),
  );
  return new Set(pages.flat().map((row) => row._id));
}
