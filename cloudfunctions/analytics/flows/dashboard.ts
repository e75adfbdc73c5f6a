import type { Database } from '../../shared/runtime/cloud';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { aggregateAll } from '../../shared/runtime/aggregate';
import { AppError } from '../../shared/runtime/app-error';
import type { BreakdownTable, DashboardInput, DashboardOutput, DashboardSection, DashboardSectionKey, Granularity, MetricSeries } from '../../shared/api/analytics';
import {
  DealFigures,
  METRICS,
  Period,
  PeriodFigures,
  SECTION_TITLES,
  TotalFigures,
  addDays,
  change,
  dayOf,
  daysBetween,
  isDay,
  periodOf,
  periodsBetween,
  ratio,
  rollupId,
} from '../../shared/domain/analytics';
import { figuresOf, RollupDoc, RollupStateDoc } from './rollup';

/** The longest range the dashboard and exports take. */
export const MAX_RANGE_DAYS = 366;

/** Checks a from..to range and clips its end to today (the future has no figures). */
export function checkRange(from: string, to: string, now: Date): { from: string; to: string; today: string } {
  if (!isDay(from) || !isDay(to)) throw new AppError('INVALID_ARGUMENT', '日期格式应为 YYYY-MM-DD');
  if (from > to) throw new AppError('INVALID_ARGUMENT', '开始日期不能晚于结束日期');
  if (daysBetween(from, to) > MAX_RANGE_DAYS) throw new AppError('INVALID_ARGUMENT', `时间范围最长 ${MAX_RANGE_DAYS} 天`);
  const today = dayOf(now);
  if (from > today) throw new AppError('INVALID_ARGUMENT', '开始日期不能晚于今天');
  return { from, to: to > today ? today : to, today };
}

/**
 * The figures of each period of from..to (and the one before, for the change), from
 * their rollup documents, in one query with today's: today so far is rolled every 10
 * minutes (rollToday), so the cost does not grow with today's orders. A period with no
 * rollup yet is computed live from its raw records when it is today's, the current
 * week's or month's (one that began today is today's rollup), or yesterday's (before
 * the timer's first run after midnight); any other is empty.
 */
export async function periodFigures(db: Database, from: string, to: string, granularity: Granularity, now: Date) {
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  const shown = periodsBetween(from, to, granularity);
  const before = periodOf(addDays(shown[0].from, -1), granularity);
  const all = [before, ...shown];
  const todayId = rollupId('total', periodOf(today, 'day'));
  const _ = db.command;
  const res = await db
    .collection('analyticsRollups')
    .where(_.or([{ scope: 'total', granularity, from: _.gte(before.from).and(_.lte(shown[shown.length - 1].from)) }, { _id: todayId }]))
    .limit(1000)
    .get();
  const docs = res.data as RollupDoc[];
  const byKey = new Map(docs.filter((d) => d.granularity === granularity).map((d) => [d.key, d.figures as unknown as TotalFigures]));
  const todayRolled = docs.find((d) => d._id === todayId) ?? null;
  const live = new Map<string, PeriodFigures>();
  await Promise.all(
    all.map(async (p) => {
      const current = p.from <= today && today <= p.to;
      if (byKey.has(p.key) || !(current || (granularity === 'day' && p.key === yesterday))) return;
      if (current && p.from === today && todayRolled) {
        byKey.set(p.key, { ...(todayRolled.figures as unknown as TotalFigures), days: daysBetween(p.from, p.to) + 1 });
        return;
      }
      live.set(p.key, await figuresOf(db, p, current ? now : undefined));
    }),
  );
  const figures = (p: Period): TotalFigures | null => live.get(p.key)?.total ?? byKey.get(p.key) ?? null;
  // Today's figures as of: its rollup's instant, or now when computed live.
  const todayAsOf = to < today ? null : todayRolled?.through ? new Date(todayRolled.through) : now;
  return { before, shown, figures, live, today, todayRolled: todayRolled != null, todayAsOf };
}

export async function dashboard(db: Database, input: DashboardInput, now: Date): Promise<DashboardOutput> {
  const { from, to, today } = checkRange(input.from, input.to, now);
  const [{ before, shown, figures, live, todayRolled, todayAsOf }, state] = await Promise.all([
    periodFigures(db, from, to, input.granularity, now),
    getDoc<RollupStateDoc>(db, 'analyticsRollups', 'state'),
  ]);
  const series = new Map<string, MetricSeries>();
  for (const def of METRICS) {
    const values = shown.map((p) => {
      const f = figures(p);
      return f ? def.value(f) : null;
    });
    const prevFigures = shown.length > 1 ? figures(shown[shown.length - 2]) : figures(before);
    const current = values[values.length - 1] ?? null;
    const previous = prevFigures ? def.value(prevFigures) : null;
    series.set(def.key, { key: def.key, label: def.label, unit: def.unit, definition: def.definition, values, current, previous, change: change(current, previous) });
  }
  const inRange = shown.map(figures).filter((f): f is TotalFigures => f != null);
  // Today's deals: in the deal-day rollups once today is rolled; else live (the day's figures, whatever the granularity).
  const todayLive = to < today || todayRolled ? undefined : (live.get(today) ?? (await figuresOf(db, periodOf(today, 'day'), now)));
  const [dealTable, projectTable, partnerTable, tierTable] = await Promise.all([
    dealBreakdown(db, from, to, todayLive),
    projectBreakdown(db),
    partnerBreakdown(db, inRange),
    tierBreakdown(db),
  ]);
  const tables: Partial<Record<DashboardSectionKey, BreakdownTable>> = { groups: dealTable, cocreation: projectTable, partners: partnerTable, tiers: tierTable };
  const sections: DashboardSection[] = (Object.keys(SECTION_TITLES) as DashboardSectionKey[]).map((key) => ({
    key,
    title: SECTION_TITLES[key],
    metrics: METRICS.filter((m) => m.section === key).map((m) => series.get(m.key)!),
    ...(tables[key] ? { table: tables[key] } : {}),
  }));
  const cocreation = sections.find((s) => s.key === 'cocreation')!;
  cocreation.table = mergeKinds(cocreation.table, inRange);
  return {
    from,
    to,
    granularity: input.granularity,
    periods: shown.map((p) => ({ key: p.key, label: p.label, from: p.from, to: p.to, partial: p.from <= today && today <= p.to })),
    sections,
    rolledUpAt: state?.rolledAt ? new Date(state.rolledAt).toISOString() : null,
    todayAsOf: todayAsOf ? todayAsOf.toISOString() : null,
  };
}

/** Per deal over the range: the deal-day rollups added up (one grouped query), plus today live when today is not rolled yet. */
async function dealBreakdown(db: Database, from: string, to: string, todayLive: PeriodFigures | undefined): Promise<BreakdownTable> {
  const _ = db.command;
  const $ = db.command.aggregate;
  const fields: (keyof DealFigures)[] = ['paidFen', 'refundedFen', 'gmvFen', 'orders', 'groupsStarted', 'groupsSucceeded', 'groupsFailed'];
  const rows = await aggregateAll<{ _id: string } & DealFigures>(db, 'analyticsRollups', (agg) =>
    agg
      .match({ scope: 'deal', granularity: 'day', from: _.gte(from).and(_.lte(to)) })
      .group({ _id: '$ref', ...Object.fromEntries(fields.map((f) => [f, $.sum(`$figures.${f}`)])) }),
  );
  const sums = new Map(rows.map((r) => [r._id, r]));
  if (todayLive) {
    for (const [dealId, f] of Object.entries(todayLive.deals)) {
      const row = sums.get(dealId) ?? ({ _id: dealId, ...Object.fromEntries(fields.map((k) => [k, 0])) } as { _id: string } & DealFigures);
      for (const k of fields) row[k] += f[k];
      sums.set(dealId, row);
    }
  }
  const deals = await docsByIds<{ _id: string; title: string }>(db, 'deals', sums.keys());
  return {
    columns: [
      { key: 'name', label: '团购', unit: 'text' },
      { key: 'orders', label: '订单', unit: 'count' },
      { key: 'gmvFen', label: '成交额', unit: 'fen' },
      { key: 'groupsStarted', label: '开团', unit: 'count' },
      { key: 'groupsSucceeded', label: '成团', unit: 'count' },
      { key: 'successRate', label: '成团率', unit: 'ratio' },
    ],
    rows: [...sums.values()]
      .sort((a, b) => b.gmvFen - a.gmvFen || (a._id < b._id ? -1 : 1))
      .map((r) => ({
        name: deals.get(r._id)?.title ?? r._id,
        orders: r.orders,
        gmvFen: r.gmvFen,
        groupsStarted: r.groupsStarted,
        groupsSucceeded: r.groupsSucceeded,
        successRate: ratio(r.groupsSucceeded, r.groupsSucceeded + r.groupsFailed),
      })),
  };
}

/** Each co-creation project: participants, ideas, and days from its creation to its launched deal. */
async function projectBreakdown(db: Database): Promise<BreakdownTable> {
  const res = await db.collection('projects').field({ title: true, phase: true, participants: true, ideaCount: true, launchedDealId: true, createdAt: true }).limit(100).get();
  const projects = res.data as { _id: string; title: string; phase: string; participants: number; ideaCount: number; launchedDealId: string | null; createdAt: Date }[];
  const deals = await docsByIds<{ _id: string; createdAt: Date }>(db, 'deals', projects.flatMap((p) => (p.launchedDealId ? [p.launchedDealId] : [])));
  return {
    columns: [
      { key: 'name', label: '共创计划', unit: 'text' },
      { key: 'participants', label: '参与者', unit: 'count' },
      { key: 'ideas', label: '想法', unit: 'count' },
      { key: 'launchDays', label: '开放到上市', unit: 'days' },
    ],
    rows: projects.map((p) => {
      const deal = p.launchedDealId ? deals.get(p.launchedDealId) : undefined;
      return {
        name: p.title,
        participants: p.participants ?? 0,
        ideas: p.ideaCount ?? 0,
        launchDays: deal ? Math.max(0, Math.round((new Date(deal.createdAt).getTime() - new Date(p.createdAt).getTime()) / 86_400_000)) : null,
      };
    }),
  };
}

/** Contributions by kind over the range, as rows under the projects. */
function mergeKinds(table: BreakdownTable | undefined, periods: TotalFigures[]): BreakdownTable {
  const kinds: Record<string, number> = {};
  for (const f of periods) for (const [k, n] of Object.entries(f.contributionsByKind ?? {})) kinds[k] = (kinds[k] ?? 0) + n;
  const rows = Object.entries(kinds).map(([k, n]) => ({ name: `贡献：${KIND_LABELS[k] ?? k}`, participants: null, ideas: n, launchDays: null }));
  return { columns: table?.columns ?? [], rows: [...(table?.rows ?? []), ...rows] };
}

const KIND_LABELS: Record<string, string> = { idea: '想法', supplier_adopted: '供应商被采纳', idea_adopted: '想法被采纳', proposal: '提案', proposal_adopted: '提案被采纳', trial_report: '试用报告', selected: '入选共创官' };

async function partnerBreakdown(db: Database, periods: TotalFigures[]): Promise<BreakdownTable> {
  const sums: Record<string, { issued: number; redeemed: number; attendance: number }> = {};
  for (const f of periods) {
    for (const [id, p] of Object.entries(f.partners ?? {})) {
      const s = (sums[id] ??= { issued: 0, redeemed: 0, attendance: 0 });
      s.issued += p.issued;
      s.redeemed += p.redeemed;
      s.attendance += p.attendance;
    }
  }
  const partners = await docsByIds<{ _id: string; name: string }>(db, 'partners', Object.keys(sums).filter((id) => id !== 'brand'));
  return {
    columns: [
      { key: 'name', label: '合作伙伴', unit: 'text' },
      { key: 'issued', label: '发券', unit: 'count' },
      { key: 'redeemed', label: '核销', unit: 'count' },
      { key: 'attendance', label: '活动到场', unit: 'count' },
    ],
    rows: Object.entries(sums).map(([id, s]) => ({ name: id === 'brand' ? '品牌自办活动' : partners.get(id)?.name ?? id, ...s })),
  };
}

const TIER_LABELS: Record<string, string> = { explorer: '探索者', officer: '体验官', cocreator: '共创官' };

/** Members per tier now (one grouped query). */
async function tierBreakdown(db: Database): Promise<BreakdownTable> {
  const $ = db.command.aggregate;
  const rows = await aggregateAll<{ _id: string; members: number }>(db, 'users', (agg) => agg.group({ _id: '$tier', members: $.sum(1) }));
  const count = new Map(rows.map((r) => [r._id, r.members]));
  return {
    columns: [
      { key: 'name', label: '等级', unit: 'text' },
      { key: 'members', label: '会员数', unit: 'count' },
    ],
    rows: Object.keys(TIER_LABELS).map((tier) => ({ name: TIER_LABELS[tier], members: count.get(tier) ?? 0 })),
  };
}
