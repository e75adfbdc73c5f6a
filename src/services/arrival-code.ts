import Taro from '@tarojs/taro'
import { bind } from './distribution'

/**
 * The distribution code of the card or poster the shopper arrived through: the latest
 * `code` seen in any page's query, kept in storage so it survives a restart. It goes with
 * every order (startGroup, joinGroup, buySolo) and onto the shopper's own share cards.
 */
const KEY = 'gongying.arrivalCode'
const CODE = /^[0-9A-Za-z]{4,32}$/

/** The shape of a distribution code in a query (the cloud checks it is a real one). */
export const isArrivalCode = (code: string | undefined | null): code is string => !!code && CODE.test(code)

export function rememberArrivalCode(code: string | undefined | null): void {
  if (!code || !CODE.test(code) || code === arrivalCode()) return
  try {
    Taro.setStorageSync(KEY, code)
  } catch {
    // Storage full or unavailable: the code only helps attribution, carry on without it.
  }
}

export function arrivalCode(): string | undefined {
  try {
    const code: unknown = Taro.getStorageSync(KEY)
    return typeof code === 'string' && CODE.test(code) ? code : undefined
  } catch {
    return undefined
  }
}

const askedToBind = new Set<string>()

/**
 * Opening a card binds the shopper to its distributor (the cloud decides: first valid
 * binding wins, never to oneself). Asked once per code per session and quietly: a refusal
 * or a failure changes nothing for the shopper, the page opens as usual.
 */
export function bindArrivalCode(code: string | undefined | null): void {
  if (!code || !CODE.test(code)) return
  const key = code.toUpperCase()
  if (askedToBind.has(key)) return
  askedToBind.add(key)
  bind(key).catch(() => undefined)
}
