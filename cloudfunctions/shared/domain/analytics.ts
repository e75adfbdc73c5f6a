/**
 * 数据看板 rules, pure: Asia/Shanghai periods (day, ISO week, month), the metric
 * definitions the brand reads, and the figures of one period computed from the raw
 * records of that period (the rollup job, today's live figures and the backfill all
 * call `computeFigures`). Figures that do not add up across days (distinct members,
 * repeat rate, median fill time) are computed for a week or month from that week's
 * or month's own records, never by adding days.
 */
import { SHANGHAI_OFFSET_MS } from './calendar';

/** A dashboard's period length. */
export type Granularity = 'day' | 'week' | 'month';

/** fen: integer money; count: a whole number; ratio: 0..1 (null when its denominator is 0); minutes, days. */
export type MetricUnit = 'fen' | 'count' | 'ratio' | 'minutes' | 'days';

export type DashboardSectionKey = 'sales' | 'groups' | 'leaders' | 'community' | 'cocreation' | 'partners' | 'tiers';

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---- Days and periods (Asia/Shanghai) ----

/** The Shanghai day of an instant, YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function isDay(day: string): boolean {
  const m = DAY_RE.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === day;
}

/** The instant the Shanghai day begins (00:00 +08:00). */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface Period {
  granularity: Granularity;
  key: string;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  label: string;
}

/** The ISO week (Monday first) containing the day: its key 2026-W49 and its Monday. */
function isoWeek(day: string): { key: string; monday: string } {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(day, -weekday);
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday };
}

/** The period of a granularity containing `day`. */
export function periodOf(day: string, granularity: Granularity): Period {
  const [y, m, d] = day.split('-').map(Number);
  if (granularity === 'day') return { granularity, key: day, from: day, to: day, label: `${m}/${d}` };
  if (granularity === 'week') {
    const { key, monday } = isoWeek(day);
    return { granularity, key, from: monday, to: addDays(monday, 6), label: `第${Number(key.slice(6))}周` };
  }
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { granularity, key: `${y}-${mm}`, from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}`, label: `${m}月` };
}

/** The periods covering from..to, in order (the first and last may reach outside the range). */
export function periodsBetween(from: string, to: string, granularity: Granularity): Period[] {
  const out: Period[] = [];
  for (let day = from; day <= to; ) {
    const p = periodOf(day, granularity);
    out.push(p);
    day = addDays(p.to, 1);
  }
  return out;
}

/** The days, weeks and months whose rollups depend on any of `days` (sorted, unique). */
export function periodsTouching(days: readonly string[]): Period[] {
  const seen = new Map<string, Period>();
  for (const day of days) {
    for (const g of ['day', 'week', 'month'] as const) {
      const p = periodOf(day, g);
      seen.set(`${g}:${p.key}`, p);
    }
  }
  return [...seen.values()];
}

/** A rollup document's id: `day:2026-12-01`, `week:2026-W49`, `deal:day:2026-12-01:<dealId>`, `leader:day:2026-12-01:<code>`. */
export const rollupId = (scope: RollupScope, p: Pick<Period, 'granularity' | 'key'>, ref = '') =>
  scope === 'total' ? `${p.granularity}:${p.key}` : `${scope}:${p.granularity}:${p.key}:${ref}`;

export type RollupScope = 'total' | 'deal' | 'leader';

// ---- Raw records, as the rollup reads them (only the fields it needs) ----

export interface RawOrder {
  _id: string;
  openid: string;
  dealId: string;
  amountFen: number;
  paidAt: Date;
  effectiveAt: Date | null;
  status: string;
  distributorCode: string | null;
}

/** A refund that reached the buyer (succeeded, or settled offline by the brand), dated when it did. */
export interface RawRefund {
  orderId: string;
  amountFen: number;
  at: Date;
  /** From its order. */
  dealId: string;
  code: string | null;
}

export interface RawGroup {
  dealId: string;
  status: string;
  openedAt: Date | null;
  closedAt: Date | null;
}

export type InteractionKind = 'checkin' | 'vote' | 'post' | 'like' | 'comment' | 'idea' | 'proposal' | 'trial';

export interface PeriodRecords {
  /** Orders paid in the period. */
  orders: RawOrder[];
  /** Refunds completed in the period (of orders of any date). */
  refunds: RawRefund[];
  /** Groups opened in the period, and groups closed in it. */
  groupsOpened: RawGroup[];
  groupsClosed: RawGroup[];
  /** Bindings made in the period, by code. */
  bindings: { code: string }[];
  /** Commissions recorded in the period and not cancelled or reversed. */
  commissions: { code: string; amountFen: number }[];
  /** Share and visit events (analyticsEvents) in the period. */
  events: { kind: string; code: string | null }[];
  /** Every member interaction in the period. */
  interactions: { openid: string; kind: InteractionKind }[];
  /** Posts created in the period (deleted ones too: the post was made), featured in it, entered into a contest. */
  postsFeatured: number;
  contestEntries: number;
  /** Co-creation contributions credited in the period. */
  contributions: { openid: string; kind: string }[];
  /** Partner vouchers issued / redeemed, event check-ins in the period, by partner (null: the brand's own event). */
  vouchersIssued: { partnerId: string }[];
  vouchersRedeemed: { partnerId: string }[];
  attendance: { partnerId: string | null }[];
  /** Tier changes upward in the period. */
  promotions: number;
  /** Deals that are launched co-creation products. */
  coCreatedDeals: ReadonlySet<string>;
  /** Members with an effective order paid before the period began. */
  priorBuyers: ReadonlySet<string>;
}

// ---- Figures ----

export interface TotalFigures {
  paidFen: number;
  refundedFen: number;
  gmvFen: number;
  orders: number;
  buyers: number;
  repeatBuyers: number;
  newCustomers: number;
  groupsStarted: number;
  groupsSucceeded: number;
  groupsFailed: number;
  medianFillMinutes: number | null;
  shares: number;
  visits: number;
  bindings: number;
  leaderOrders: number;
  leaderGmvFen: number;
  commissionFen: number;
  interactions: number;
  activeMembers: number;
  checkins: number;
  votes: number;
  posts: number;
  likes: number;
  comments: number;
  cocreationActs: number;
  featuredPosts: number;
  contestEntries: number;
  contributions: number;
  contributors: number;
  coCreatedGmvFen: number;
  otherGmvFen: number;
  vouchersIssued: number;
  vouchersRedeemed: number;
  attendance: number;
  promotions: number;
  /** Days the period spans (posts per day). */
  days: number;
  /** Breakdowns kept small enough to live in the total document. */
  contributionsByKind: Record<string, number>;
  partners: Record<string, { issued: number; redeemed: number; attendance: number }>;
}

export interface DealFigures {
  paidFen: number;
  refundedFen: number;
  gmvFen: number;
  orders: number;
  groupsStarted: number;
  groupsSucceeded: number;
  groupsFailed: number;
}

export interface LeaderFigures {
  shares: number;
  visits: number;
  bindings: number;
  orders: number;
  gmvFen: number;
  commissionFen: number;
  newCustomers: number;
}

export interface PeriodFigures {
  total: TotalFigures;
  deals: Record<string, DealFigures>;
  leaders: Record<string, LeaderFigures>;
}

export const SHARE_KINDS: readonly string[] = ['share_card', 'share_timeline', 'share_poster', 'copy_code'];

/** An order that became effective (group succeeded, solo or pre-sale confirmed) and was not refunded. */
export function isEffective(o: Pick<RawOrder, 'effectiveAt' | 'status'>): boolean {
  return o.effectiveAt != null && (o.status === 'effective' || o.status === 'completed');
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

const emptyDeal = (): DealFigures => ({ paidFen: 0, refundedFen: 0, gmvFen: 0, orders: 0, groupsStarted: 0, groupsSucceeded: 0, groupsFailed: 0 });
const emptyLeader = (): LeaderFigures => ({ shares: 0, visits: 0, bindings: 0, orders: 0, gmvFen: 0, commissionFen: 0, newCustomers: 0 });

/** The figures of one period (`days` long) from its raw records. */
export function computeFigures(r: PeriodRecords, days: number): PeriodFigures {
  const deals: Record<string, DealFigures> = {};
  const leaders: Record<string, LeaderFigures> = {};
  const deal = (id: string) => (deals[id] ??= emptyDeal());
  const leader = (code: string) => (leaders[code] ??= emptyLeader());

  let paidFen = 0;
  let coCreatedPaid = 0;
  const effectiveByBuyer = new Map<string, RawOrder[]>();
  for (const o of r.orders) {
    paidFen += o.amountFen;
    if (r.coCreatedDeals.has(o.dealId)) coCreatedPaid += o.amountFen;
    const d = deal(o.dealId);
    d.paidFen += o.amountFen;
    d.orders += 1;
    if (o.distributorCode) {
      const l = leader(o.distributorCode);
      l.orders += 1;
      l.gmvFen += o.amountFen;
    }
    if (isEffective(o)) {
      const list = effectiveByBuyer.get(o.openid) ?? [];
      list.push(o);
      effectiveByBuyer.set(o.openid, list);
    }
  }
  let refundedFen = 0;
  let coCreatedRefunded = 0;
  for (const f of r.refunds) {
    refundedFen += f.amountFen;
    if (r.coCreatedDeals.has(f.dealId)) coCreatedRefunded += f.amountFen;
    deal(f.dealId).refundedFen += f.amountFen;
    if (f.code) leader(f.code).gmvFen -= f.amountFen;
  }
  for (const d of Object.values(deals)) d.gmvFen = d.paidFen - d.refundedFen;

  let repeatBuyers = 0;
  let newCustomers = 0;
  for (const [openid, list] of effectiveByBuyer) {
    if (list.length >= 2) repeatBuyers += 1;
    if (r.priorBuyers.has(openid)) continue;
    newCustomers += 1;
    const first = [...list].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime() || (a._id < b._id ? -1 : 1))[0];
    if (first.distributorCode) leader(first.distributorCode).newCustomers += 1;
  }

  for (const g of r.groupsOpened) deal(g.dealId).groupsStarted += 1;
  const fills: number[] = [];
  let succeeded = 0;
  let failed = 0;
  for (const g of r.groupsClosed) {
    if (g.status === 'succeeded') {
      succeeded += 1;
      deal(g.dealId).groupsSucceeded += 1;
      if (g.openedAt && g.closedAt) fills.push(Math.round((g.closedAt.getTime() - g.openedAt.getTime()) / 60_000));
    } else if (g.status === 'failed') {
      failed += 1;
      deal(g.dealId).groupsFailed += 1;
    }
  }

  let shares = 0;
  let visits = 0;
  for (const e of r.events) {
    const isShare = SHARE_KINDS.includes(e.kind);
    if (isShare) shares += 1;
    if (e.kind === 'visit') visits += 1;
    if (e.code && (isShare || e.kind === 'visit')) leader(e.code)[isShare ? 'shares' : 'visits'] += 1;
  }
  for (const b of r.bindings) leader(b.code).bindings += 1;
  let commissionFen = 0;
  for (const c of r.commissions) {
    commissionFen += c.amountFen;
    leader(c.code).commissionFen += c.amountFen;
  }

  const counts: Record<InteractionKind, number> = { checkin: 0, vote: 0, post: 0, like: 0, comment: 0, idea: 0, proposal: 0, trial: 0 };
  const active = new Set<string>();
  for (const i of r.interactions) {
    counts[i.kind] += 1;
    active.add(i.openid);
  }
  const contributionsByKind: Record<string, number> = {};
  for (const c of r.contributions) contributionsByKind[c.kind] = (contributionsByKind[c.kind] ?? 0) + 1;
  const partners: TotalFigures['partners'] = {};
  const partner = (id: string) => (partners[id] ??= { issued: 0, redeemed: 0, attendance: 0 });
  for (const v of r.vouchersIssued) partner(v.partnerId).issued += 1;
  for (const v of r.vouchersRedeemed) partner(v.partnerId).redeemed += 1;
  for (const a of r.attendance) partner(a.partnerId ?? 'brand').attendance += 1;

  const leaderOrders = Object.values(leaders).reduce((s, l) => s + l.orders, 0);
  const leaderGmvFen = Object.values(leaders).reduce((s, l) => s + l.gmvFen, 0);
  const total: TotalFigures = {
    paidFen,
    refundedFen,
    gmvFen: paidFen - refundedFen,
    orders: r.orders.length,
    buyers: effectiveByBuyer.size,
    repeatBuyers,
    newCustomers,
    groupsStarted: r.groupsOpened.length,
    groupsSucceeded: succeeded,
    groupsFailed: failed,
    medianFillMinutes: median(fills),
    shares,
    visits,
    bindings: r.bindings.length,
    leaderOrders,
    leaderGmvFen,
    commissionFen,
    interactions: r.interactions.length,
    activeMembers: active.size,
    checkins: counts.checkin,
    votes: counts.vote,
    posts: counts.post,
    likes: counts.like,
    comments: counts.comment,
    cocreationActs: counts.idea + counts.proposal + counts.trial,
    featuredPosts: r.postsFeatured,
    contestEntries: r.contestEntries,
    contributions: r.contributions.length,
    contributors: new Set(r.contributions.map((c) => c.openid)).size,
    coCreatedGmvFen: coCreatedPaid - coCreatedRefunded,
    otherGmvFen: paidFen - refundedFen - (coCreatedPaid - coCreatedRefunded),
    vouchersIssued: r.vouchersIssued.length,
    vouchersRedeemed: r.vouchersRedeemed.length,
    attendance: r.attendance.length,
    promotions: r.promotions,
    days,
    contributionsByKind,
    partners,
  };
  return { total, deals, leaders };
}

// ---- Metric definitions: what each card shows and how it is computed ----

export interface MetricDef {
  key: string;
  section: DashboardSectionKey;
  label: string;
  unit: MetricUnit;
  definition: string;
  value(t: TotalFigures): number | null;
}

/** a ÷ b, or null when b is 0 (a rate that cannot be said). */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export const SECTION_TITLES: Record<DashboardSectionKey, string> = {
  sales: '销售',
  groups: '拼团',
  leaders: '团长分销',
  community: '社区互动',
  cocreation: '共创',
  partners: '合作伙伴',
  tiers: '会员等级',
};

export const METRICS: readonly MetricDef[] = [
  { key: 'gmv', section: 'sales', label: '成交额', unit: 'fen', definition: '期内支付的订单金额，减去期内退款到账的金额（退款按到账日计）。', value: (t) => t.gmvFen },
  { key: 'orders', section: 'sales', label: '订单数', unit: 'count', definition: '期内支付的订单数（之后退款的也计入）。', value: (t) => t.orders },
  { key: 'aov', section: 'sales', label: '客单价', unit: 'fen', definition: '期内支付金额 ÷ 期内支付订单数，四舍五入到分。', value: (t) => (t.orders ? Math.round(t.paidFen / t.orders) : null) },
  { key: 'refundRate', section: 'sales', label: '退款率', unit: 'ratio', definition: '期内退款到账金额 ÷ 期内支付金额。', value: (t) => ratio(t.refundedFen, t.paidFen) },
  { key: 'repeatRate', section: 'sales', label: '复购率', unit: 'ratio', definition: '期内支付、已生效且未退款的订单有 2 笔及以上的会员 ÷ 有 1 笔及以上的会员。', value: (t) => ratio(t.repeatBuyers, t.buyers) },
  { key: 'newCustomers', section: 'sales', label: '新客', unit: 'count', definition: '期内有了第一笔生效订单（此前从未有过）的会员数。', value: (t) => t.newCustomers },
  { key: 'groupsStarted', section: 'groups', label: '开团数', unit: 'count', definition: '期内开出的团（团长付款后开团）。', value: (t) => t.groupsStarted },
  { key: 'groupsSucceeded', section: 'groups', label: '成团数', unit: 'count', definition: '期内成团的团。', value: (t) => t.groupsSucceeded },
  { key: 'groupsFailed', section: 'groups', label: '未成团', unit: 'count', definition: '期内到时未满、失败关闭的团。', value: (t) => t.groupsFailed },
  { key: 'groupSuccessRate', section: 'groups', label: '成团率', unit: 'ratio', definition: '期内关闭的团中成团的比例：成团 ÷（成团 + 未成团）。', value: (t) => ratio(t.groupsSucceeded, t.groupsSucceeded + t.groupsFailed) },
  { key: 'medianFillMinutes', section: 'groups', label: '成团用时中位数', unit: 'minutes', definition: '期内成团的团从开团到成团的分钟数的中位数。', value: (t) => t.medianFillMinutes },
  { key: 'shares', section: 'leaders', label: '分享', unit: 'count', definition: '小程序上报的分享卡片、朋友圈、海报、复制口令次数（只用于统计，不涉及佣金）。', value: (t) => t.shares },
  { key: 'visits', section: 'leaders', label: '带码访问', unit: 'count', definition: '带团长码打开页面的次数（同一会员同一码 30 分钟内只计一次）。', value: (t) => t.visits },
  { key: 'bindings', section: 'leaders', label: '新绑定', unit: 'count', definition: '期内新建立的团长绑定（过期后重新绑定按新的计）。', value: (t) => t.bindings },
  { key: 'leaderOrders', section: 'leaders', label: '团长订单', unit: 'count', definition: '期内支付、下单时绑定了团长的订单。', value: (t) => t.leaderOrders },
  { key: 'leaderGmv', section: 'leaders', label: '团长成交额', unit: 'fen', definition: '团长订单的支付金额减去其期内退款。', value: (t) => t.leaderGmvFen },
  { key: 'commission', section: 'leaders', label: '佣金', unit: 'fen', definition: '期内生效订单记下的佣金（已取消、已冲回的不计）。', value: (t) => t.commissionFen },
  { key: 'interactionsPerMember', section: 'community', label: '人均互动', unit: 'count', definition: '期内互动次数（签到、投票、点赞、发帖、评论、共创想法/提案/试用报告）÷ 期内有互动的会员数。', value: (t) => (t.activeMembers ? Math.round((t.interactions / t.activeMembers) * 10) / 10 : null) },
  { key: 'activeMembers', section: 'community', label: '互动会员', unit: 'count', definition: '期内至少互动一次的会员数。', value: (t) => t.activeMembers },
  { key: 'interactions', section: 'community', label: '互动次数', unit: 'count', definition: '签到 + 投票 + 点赞 + 发帖 + 评论 + 共创想法/提案/试用报告，期内合计。', value: (t) => t.interactions },
  { key: 'postsPerDay', section: 'community', label: '日均发帖', unit: 'count', definition: '期内发布的帖子数 ÷ 期内天数。', value: (t) => Math.round((t.posts / Math.max(1, t.days)) * 10) / 10 },
  { key: 'featuredPosts', section: 'community', label: '精选', unit: 'count', definition: '期内被设为精选的帖子。', value: (t) => t.featuredPosts },
  { key: 'contestEntries', section: 'community', label: '征集投稿', unit: 'count', definition: '期内参加征集活动的帖子。', value: (t) => t.contestEntries },
  { key: 'contributions', section: 'cocreation', label: '共创贡献', unit: 'count', definition: '期内记入贡献墙的共创贡献（想法被采纳、提案、试用报告等）。', value: (t) => t.contributions },
  { key: 'contributors', section: 'cocreation', label: '共创参与者', unit: 'count', definition: '期内有贡献记入的会员数。', value: (t) => t.contributors },
  { key: 'coCreatedGmv', section: 'cocreation', label: '共创产品成交额', unit: 'fen', definition: '共创计划上市产品的成交额（支付减退款）。', value: (t) => t.coCreatedGmvFen },
  { key: 'otherGmv', section: 'cocreation', label: '其他产品成交额', unit: 'fen', definition: '非共创产品的成交额（支付减退款）。', value: (t) => t.otherGmvFen },
  { key: 'vouchersIssued', section: 'partners', label: '发券', unit: 'count', definition: '期内发出的合作伙伴权益券。', value: (t) => t.vouchersIssued },
  { key: 'vouchersRedeemed', section: 'partners', label: '核销', unit: 'count', definition: '期内在合作伙伴处核销的券。', value: (t) => t.vouchersRedeemed },
  { key: 'attendance', section: 'partners', label: '活动到场', unit: 'count', definition: '期内线下活动签到入场的人次。', value: (t) => t.attendance },
  { key: 'promotions', section: 'tiers', label: '升级人数', unit: 'count', definition: '期内会员等级上升的次数（等级变更记录 tierChanges 中升级的）。', value: (t) => t.promotions },
];

/** A tier's rank, to tell promotions from demotions in tierChanges. */
export const TIER_RANK: Record<string, number> = { explorer: 0, officer: 1, cocreator: 2 };

/** (current - previous) / previous, null when it cannot be said. */
export function change(current: number | null, previous: number | null): number | null {
  if (current == null || previous == null || previous === 0) return null;
  return (current - previous) / previous;
}

/** Adds leader figures (a range of leader-day rollups). */
export function addLeader(a: LeaderFigures, b: LeaderFigures): LeaderFigures {
  return {
    shares: a.shares + b.shares,
    visits: a.visits + b.visits,
    bindings: a.bindings + b.bindings,
    orders: a.orders + b.orders,
    gmvFen: a.gmvFen + b.gmvFen,
    commissionFen: a.commissionFen + b.commissionFen,
    newCustomers: a.newCustomers + b.newCustomers,
  };
}

export const EMPTY_LEADER: LeaderFigures = emptyLeader();
export const EMPTY_DEAL: DealFigures = emptyDeal();

/** Over 1,000 rows of track events a minute is not a person: the per-user limit. */
export const TRACK_LIMIT_PER_MINUTE = 30;
/** A visit by the same member with the same code counts once in this window. */
export const VISIT_DEDUP_MINUTES = 30;
