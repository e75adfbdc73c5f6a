import type { TrackInput, TrackKind } from '@shared/api'
import { invoke } from './api-client'

// 数据看板's raw events: the app reports shares and visits with a code (fire and forget).
// The brand's reads are in admin-analytics.ts, kept out of the main package.

/**
 * Reports a share or a visit. Never awaited by the user's action and never fails it: the
 * event only counts towards the dashboard, so a refusal (rate limit, bad code) is dropped.
 */
export function track(kind: TrackKind, details: Omit<TrackInput, 'kind'> = {}): void {
  const input: TrackInput = { kind }
  if (details.code) input.code = details.code
  if (details.page) input.page = details.page.replace(/^\//, '').split('?')[0]
  if (details.dealId) input.dealId = details.dealId
  try {
    invoke('analytics', 'track', input).catch((error: unknown) => console.warn('[analytics] track', kind, error))
  } catch (error) {
    console.warn('[analytics] track', kind, error)
  }
}

const visited = new Set<string>()

/** A page opened with a distribution code: reported once per code and page in a session. */
export function trackVisit(code: string, page: string): void {
  const key = `${code.toUpperCase()} ${page}`
  if (visited.has(key)) return
  visited.add(key)
  track('visit', { code, page })
}
