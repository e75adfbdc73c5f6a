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

/** This tab's identity when it was opened as someone (`?as=<openid>`, the local console's "Open as"). */
export const TAB_OPENID_KEY = 'gongying.openid.tab'
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

let urlRead = false

/**
 * `?as=<openid>` in the address makes this tab act as that user (kept for the tab in
 * sessionStorage, so other tabs keep theirs); the parameter is then taken off the address.
 */
function adoptUrlIdentity(): void {
  if (urlRead || typeof location === 'undefined') return
  urlRead = true
  const as = new URLSearchParams(location.search).get('as')
  if (!as || !OPENID.test(as)) return
  tabStorage()?.setItem(TAB_OPENID_KEY, as)
  try {
    history.replaceState(history.state, '', location.pathname + location.hash)
  } catch {
    // the address keeps its parameter: harmless
  }
}

export function currentDemoOpenid(): string {
  adoptUrlIdentity()
  return tabStorage()?.getItem(TAB_OPENID_KEY) || storage()?.getItem(DEMO_OPENID_KEY) || DEFAULT_DEMO_OPENID
}

export function setDemoOpenid(openid: string): void {
  storage()?.setItem(DEMO_OPENID_KEY, openid)
  if (tabStorage()?.getItem(TAB_OPENID_KEY)) tabStorage()?.setItem(TAB_OPENID_KEY, openid)
}

/** The demo users the local cloud knows (GET /dev/users). */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const res = await fetch('/dev/users')
  if (!res.ok) throw new Error('GET /dev/users ' + res.status)
  const body = (await res.json()) as { items?: DemoUser[] }
  return body.items ?? []
}
