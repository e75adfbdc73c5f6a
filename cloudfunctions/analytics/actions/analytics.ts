import { z } from 'zod';
import type { DashboardOutput, ExportCsvOutput, LeaderFunnelOutput, RefreshTodayOutput, TrackOutput } from '../../shared/api/analytics';
import { action } from '../../shared/runtime/router';
import { budgetOf } from '../../shared/runtime/budget';
import { cursorSchema, idSchema } from '../../shared/runtime/schemas';
import { track as trackEvent } from '../flows/track';
import { dashboard as dashboardOf } from '../flows/dashboard';
import { leaderFunnel as funnelOf } from '../flows/funnel';
import { exportCsv as exportOf } from '../flows/export';
import { backfill as backfillRange, rollToday } from '../flows/rollup';

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const rangeSchema = { from: daySchema, to: daySchema };

/** Shares and visits with a code, from any signed-in member (statistics only, never money). */
export const track = action({
  input: z.object({
    kind: z.enum(['share_card', 'share_timeline', 'share_poster', 'copy_code', 'visit'], { error: '不支持的事件类型' }),
    code: z.string().regex(/^[A-Za-z0-9]{1,32}$/, '团长码格式不正确').optional(),
    page: z.string().regex(/^[A-Za-z0-9_/-]{1,100}$/, '页面路径格式不正确').optional(),
    dealId: idSchema.optional(),
  }),
  async handler(input, { db, openid, now }): Promise<TrackOutput> {
    return trackEvent(db, openid, input, now);
  },
});

export const dashboard = action({
  admin: true,
  input: z.object({ ...rangeSchema, granularity: z.enum(['day', 'week', 'month'], { error: '粒度只能是 day、week 或 month' }) }),
  async handler(input, { db, now }): Promise<DashboardOutput> {
    return dashboardOf(db, input, now);
  },
});

/** 更新今天: rolls today so far now, for an admin who will not wait for the timer's next run. */
export const refreshToday = action({
  admin: true,
  input: z.object({}),
  async handler(_input, { db, now }): Promise<RefreshTodayOutput> {
    await rollToday(db, now);
    return { todayAsOf: now.toISOString() };
  },
});

export const leaderFunnel = action({
  admin: true,
  input: z.object({ ...rangeSchema, cursor: cursorSchema }),
  async handler(input, { db, now }): Promise<LeaderFunnelOutput> {
    return funnelOf(db, input, now);
  },
});

export const exportCsv = action({
  admin: true,
  input: z.object({ kind: z.enum(['orders', 'commissions', 'rollups'], { error: '导出类型只能是 orders、commissions 或 rollups' }), ...rangeSchema }),
  async handler(input, { db, now }): Promise<ExportCsvOutput> {
    return exportOf(db, input, now);
  },
});

/**
 * Rebuilds the rollups of from..to (default: from the first record to yesterday) from
 * the raw records, within the function's time; `next` is where to call it again.
 */
export const backfill = action({
  admin: true,
  input: z.object({ from: daySchema.optional(), to: daySchema.optional() }),
  async handler(input, { db, now }) {
    return backfillRange(db, now, input, budgetOf(7_000));
  },
});
