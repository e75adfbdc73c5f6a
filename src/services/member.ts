import type { CheckInCalendar, CheckInOutput, CoCreatorApplicationView, GrantView, MeOutput, ProfileOutput } from '@shared/api'
import { invoke } from './api-client'

export function me(): Promise<MeOutput> {
  return invoke('member', 'me', {})
}

/** 头像昵称: saves the nickname and / or the avatar (a cloud file id the caller uploaded); a refusal is an AppError with the reason. */
export function updateProfile(change: { nickname?: string; avatarFileId?: string }): Promise<ProfileOutput> {
  return invoke('member', 'updateProfile', change)
}

// 签到 and 成长值: the daily check-in, its month calendar, and what earned or took back growth and points.

/** Today's check-in (ALREADY_CHECKED_IN when done before): the streak and what it earned. */
export function checkIn(): Promise<CheckInOutput> {
  return invoke('member', 'checkIn', {})
}

/** The check-ins of a month (`yyyymm`, Asia/Shanghai; this month when left out), the streak and the reward table. */
export function checkInCalendar(month?: string): Promise<CheckInCalendar> {
  return invoke('member', 'calendar', month ? { month } : {})
}

/** 成长记录: grants and reversals, newest first. */
export function growthHistory(cursor?: string): Promise<{ items: GrantView[]; cursor?: string }> {
  return invoke('member', 'history', cursor ? { cursor } : {})
}

// 共创官: a 体验官 applies with a statement, expertise and agreement to the 共创者公约.

export interface CoCreatorApplicationInput {
  statement: string
  expertise: string[]
}

export async function applyCoCreator(input: CoCreatorApplicationInput): Promise<CoCreatorApplicationView['status']> {
  return (await invoke('member', 'applyCoCreator', { ...input, agreeCharter: true })).status
}

/** The caller's own application, or null. */
export async function coCreatorApplication(): Promise<CoCreatorApplicationView | null> {
  return (await invoke('member', 'coCreatorApplication', {})).application
}
