/**
 * The wire contract of 数据看板 (the brand's analytics). Every figure derives from
 * records: orders, refunds, groups, bindings, commissions, posts, likes, comments,
 * votes, check-ins, co-creation contributions, vouchers, sign-ups, tier promotions,
 * and the two events the app reports through `track` (shares and visits with a
 * code), which are never trusted for money.
 *
 * Days are Asia/Shanghai days written YYYY-MM-DD. A timer rolls each finished day
 * (and the week and month containing it) into rollup documents; the dashboard reads
 * those (O(periods shown)) and computes today live.
 */
import type { DashboardSectionKey, Granularity, LeaderFigures, MetricUnit } from '../domain/analytics';

export type { DashboardSectionKey, Granularity, MetricUnit } from '../domain/analytics';

/** What the app reports: a share card sent, a poster saved, a code copied, a page opened with a code. */
export type TrackKind = 'share_card' | 'share_timeline' | 'share_poster' | 'copy_code' | 'visit';

export interface TrackInput {
  kind: TrackKind;
  /** The distribution code carried (visit) or shared (share_*, copy_code). */
  code?: string;
  /** The page path without query, e.g. pages/deal/index. */
  page?: string;
  dealId?: string;
}

/** `recorded: false` when the event was a duplicate within its window (not an error). */
export interface TrackOutput {
  recorded: boolean;
}

/** refreshToday: today so far rolled up now (the timer does it every 10 minutes). */
export interface RefreshTodayOutput {
  /** The instant today's figures now hold (ISO). */
  todayAsOf: string;
}


export interface DashboardInput {
  /** First day, YYYY-MM-DD (Asia/Shanghai), inclusive. */
  from: string;
  /** Last day, inclusive; at most 366 days after `from`. */
  to: string;
  granularity: Granularity;
}

/** One period on the chart's x axis. */
export interface PeriodView {
  /** 2026-12-01 (day), 2026-W49 (ISO week), 2026-12 (month). */
  key: string;
  /** What the axis shows: 12/1, 第49周, 12月. */
  label: string;
  from: string;
  to: string;
  /** True for the period that contains today (computed live, still moving). */
  partial: boolean;
}


export interface MetricSeries {
  /** Stable key, e.g. gmv, orders, aov, refundRate, repeatRate, groupsStarted, groupSuccessRate, medianFillMinutes, interactionsPerMember … */
  key: string;
  /** What the card says: 成交额 (GMV) … */
  label: string;
  unit: MetricUnit;
  /** One line: how it is computed, from which records (shown on tap). */
  definition: string;
  /** One value per period, in the order of `periods`. */
  values: (number | null)[];
  /** The last period's value and the one before (the headline and its change). */
  current: number | null;
  previous: number | null;
  /** (current - previous) / previous; null when previous is 0 or null. */
  change: number | null;
}


export interface DashboardSection {
  key: DashboardSectionKey;
  /** 销售, 拼团, 团长分销, 社区互动, 共创, 合作伙伴, 会员等级 */
  title: string;
  metrics: MetricSeries[];
  /** Optional breakdown rows (by deal, by partner, by project, by tier) over the whole range. */
  table?: BreakdownTable;
}

export interface BreakdownTable {
  /** Column headers; the first column is the row's name. */
  columns: { key: string; label: string; unit: MetricUnit | 'text' }[];
  rows: Record<string, string | number | null>[];
}

export interface DashboardOutput {
  from: string;
  to: string;
  granularity: Granularity;
  periods: PeriodView[];
  sections: DashboardSection[];
  /** When the finished days were last rolled up (ISO). */
  rolledUpAt: string | null;
  /** When the range includes today: the instant today's figures hold (ISO; its rollup's, at most 10 minutes old, or now when computed live); else null. */
  todayAsOf: string | null;
}

export interface LeaderFunnelInput {
  from: string;
  to: string;
  cursor?: string;
}

/** A leader's figures over the range (LeaderFigures: shares, visits, bindings, orders, gmvFen, commissionFen, and newCustomers, buyers whose first effective order ever came through this leader) with its step conversions. */
export interface LeaderFunnelRow extends LeaderFigures {
  /** The distribution code; '' for the total row. */
  code: string;
  /** The leader's nickname ('合计' for the total row). */
  name: string;
  /** visits / shares, bindings / visits, orders / bindings (null when a denominator is 0). */
  visitRate: number | null;
  bindRate: number | null;
  orderRate: number | null;
}

export interface LeaderFunnelOutput {
  total: LeaderFunnelRow;
  /** Leaders by GMV, highest first, a page at a time. */
  rows: LeaderFunnelRow[];
  cursor?: string;
}

export type ExportKind = 'orders' | 'commissions' | 'rollups';

export interface ExportCsvInput {
  kind: ExportKind;
  from: string;
  to: string;
}

export interface ExportCsvOutput {
  /** A cloud file id (cloud://… in CloudBase; the local cloud's id locally). */
  fileId: string;
  /** A temporary https (locally http://127.0.0.1) URL to download it. */
  url: string;
  rows: number;
}
