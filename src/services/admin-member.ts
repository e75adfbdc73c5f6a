import type { CoCreatorApplicationView, MemberSettings } from '@shared/api'
import { invoke } from './api-client'

// 会员管理: the co-creator queue and the growth settings. Admins only (FORBIDDEN otherwise).

export type CoCreatorStatus = CoCreatorApplicationView['status']

export async function coCreatorApplications(status?: CoCreatorStatus): Promise<CoCreatorApplicationView[]> {
  return (await invoke('admin', 'coCreatorApplications', status ? { status } : {})).items
}

/** Approve (共创官 and a distribution code at once) or reject; the note is required and the member reads it. */
export async function reviewCoCreatorApplication(openid: string, approve: boolean, note: string): Promise<CoCreatorApplicationView> {
  return (await invoke('admin', 'reviewCoCreatorApplication', { openid, approve, note })).application
}

/** Back to 体验官; a code they got as 共创官 is suspended. */
export async function revokeCoCreator(openid: string, reason: string): Promise<CoCreatorApplicationView> {
  return (await invoke('admin', 'revokeCoCreator', { openid, reason })).application
}

export function memberSettings(): Promise<MemberSettings> {
  return invoke('admin', 'memberSettings', {})
}

export function saveMemberSettings(settings: MemberSettings): Promise<MemberSettings> {
  return invoke('admin', 'saveMemberSettings', settings)
}
