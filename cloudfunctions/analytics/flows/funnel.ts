import type { Database } from '../../shared/runtime/cloud';
import { docsByIds, getDoc } from '../../shared/runtime/documents';
import { aggregateAll } from '../../shared/runtime/aggregate';
import { AppError } from '../../shared/runtime/app-error';
import type { LeaderFunnelInput, LeaderFunnelOutput, LeaderFunnelRow } from '../../shared/api/analytics';
import { EMPTY_LEADER, LeaderFigures, addLeader, periodOf, ratio, rollupId } from '../../shared/domain/analytics';
import { checkRange } from './dashboard';
import { figuresOf } from './rollup';

export const FUNNEL_PAGE = 20;
const FIELDS: (keyof LeaderFigures)[] = ['shares', 'visits', 'bindings', 'orders', 'gmvFen', 'commissionFen', 'newCustomers'];

/** Each leader's figures over from..to: their leader-day rollups added up (grouped by code), today's among them once rolled, else today live. */
export async function leaderSums(db: Database, from: string, to: string, now: Date): Promise<Map<string, LeaderFigures>> {
  const range = checkRange(from, to, now);
  const _ = db.command;
  const $ = db.command.aggregate;
  const withToday = range.to === range.today;
  const todayDay = periodOf(range.today, 'day');
  const [rows, todayRolled] = await Promise.all([
    aggregateAll<{ _id: string } & LeaderFigures>(db, 'analyticsRollups', (agg) =>
      agg
        .match({ scope: 'leader', granularity: 'day', from: _.gte(range.from).and(_.lte(range.to)) })
        .group({ _id: '$ref', ...Object.fromEntries(FIELDS.map((f) => [f, $.sum(`$figures.${f}`)])) }),
    ),
    withToday ? getDoc(db, 'analyticsRollups', rollupId('total', todayDay)) : null,
  ]);
  const todayLive = withToday && !todayRolled ? await figuresOf(db, todayDay, now) : null;
  const sums = new Map<string, LeaderFigures>();
  for (const { _id, ...f } of rows) sums.set(_id, addLeader(EMPTY_LEADER, f));
  for (const [code, f] of Object.entries(todayLive?.leaders ?? {})) sums.set(code, addLeader(sums.get(code) ?? EMPTY_LEADER, f));
  return sums;
}

function row(code: string, name: string, f: LeaderFigures): LeaderFunnelRow {
  return { code, name, ...f, visitRate: ratio(f.visits, f.shares), bindRate: ratio(f.bindings, f.visits), orderRate: ratio(f.orders, f.bindings) };
}

/** The funnel per leader, highest GMV first, FUNNEL_PAGE rows a page (the cursor is the offset), with the total row. */
export async function leaderFunnel(db: Database, input: LeaderFunnelInput, now: Date): Promise<LeaderFunnelOutput> {
  const offset = input.cursor ? Number(input.cursor) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('INVALID_ARGUMENT', '翻页参数不正确');
  const sums = await leaderSums(db, input.from, input.to, now);
  const sorted = [...sums.entries()].sort(([a, x], [b, y]) => y.gmvFen - x.gmvFen || y.orders - x.orders || (a < b ? -1 : 1));
  const page = sorted.slice(offset, offset + FUNNEL_PAGE);
  const owners = await docsByIds<{ _id: string; openid: string }>(db, 'codes', page.map(([code]) => code));
  const users = await docsByIds<{ _id: string; nickname: string }>(db, 'users', [...owners.values()].map((o) => o.openid));
  const total = [...sums.values()].reduce(addLeader, EMPTY_LEADER);
  return {
    total: row('', '合计', total),
    rows: page.map(([code, f]) => row(code, users.get(owners.get(code)?.openid ?? '')?.nickname ?? code, f)),
    ...(offset + FUNNEL_PAGE < sorted.length ? { cursor: String(offset + FUNNEL_PAGE) } : {}),
  };
}
