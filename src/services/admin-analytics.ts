import type { DashboardInput, DashboardOutput, ExportCsvInput, ExportCsvOutput, LeaderFunnelInput, LeaderFunnelOutput, RefreshTodayOutput } from '@shared/api'
import { invoke } from './api-client'

// 品牌管理 → 数据看板: the dashboard, the leader funnel and CSV exports of the analytics
// function. Admin only (FORBIDDEN otherwise); imported by the admin subpackage alone.

export function dashboard(input: DashboardInput): Promise<DashboardOutput> {
  return invoke('analytics', 'dashboard', input)
}

export function leaderFunnel(input: LeaderFunnelInput): Promise<LeaderFunnelOutput> {
  return invoke('analytics', 'leaderFunnel', input)
}

/** A CSV of the range written to cloud storage; its temporary URL to download. */
export function exportCsv(input: ExportCsvInput): Promise<ExportCsvOutput> {
  return invoke('analytics', 'exportCsv', input)
}

/** 更新今天: today's figures rolled up now instead of at the timer's next run (every 10 minutes). */
export function refreshToday(): Promise<RefreshTodayOutput> {
  return invoke('analytics', 'refreshToday', {})
}
