import { createMain } from '../shared/runtime/router';
import { backfill, dashboard, exportCsv, leaderFunnel, refreshToday, track } from './actions/analytics';

/**
 * 数据看板: members report shares and visits with a code (`track`); the brand reads
 * the dashboard, the leader funnel and CSV exports, all from rollups of the raw
 * records (flows/rollup.ts, rolled by the analyticsRollup timer; today so far every
 * 10 minutes, or now by `refreshToday`), and may rebuild the rollups (`backfill`).
 */
export const main = createMain('analytics', { track, dashboard, leaderFunnel, exportCsv, refreshToday, backfill });
