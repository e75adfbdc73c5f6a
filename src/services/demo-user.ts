import type { Tier } from '@shared/api'

/**
 * h5 only: who the browser plays on the local cloud. The local cloud takes the caller's
 * identity from the `x-wx-openid` header; in WeChat it comes from the platform instead.
 */
export const DEMO_OPENID_KEY = 'gongying.openid'
export const DEFAULT_DEMO_OPENID = 'demo-shopper'

export interface DemoUser {
  openid: string
  nickname: string
  avatar: string
  tier: Tier
  isAdmin: boolean
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function currentDemoOpenid(): string {
  return storage()?.getItem(DEMO_OPENID_KEY) || DEFAULT_DEMO_OPENID
}

export function setDemoOpenid(openid: string): void {
  storage()?.setItem(DEMO_OPENID_KEY, openid)
}

/** The demo users the local cloud knows (GET /dev/users). */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const res = await fetch('/dev/users')
  if (!res.ok) throw new Error('GET /dev/users ' + res.status)
  const body = (await res.json()) as { items?: DemoUser[] }
  return body.items ?? []
}
