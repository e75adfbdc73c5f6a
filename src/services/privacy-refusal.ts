import Taro from '@tarojs/taro'
import { apiFailureOf, refusalMessage } from '@/utils/api-failure'

export { apiFailureOf } from '@/utils/api-failure'

/**
 * Explains a failed privacy-guarded call in a toast when it was a refusal (privacy, undeclared
 * or permission): true when it did. Cancels and other failures are left to the caller.
 */
export function explainRefusal(error: unknown, what: string): boolean {
  const message = refusalMessage(apiFailureOf(error), what)
  if (!message) return false
  Taro.showToast({ title: message, icon: 'none', duration: 3000 })
  return true
}

/**
 * Runs a privacy-guarded API. A refusal is explained in a toast and a cancel is silent; both
 * answer null. Any other failure is thrown to the caller.
 */
export async function callGuarded<T>(what: string, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    if (explainRefusal(error, what) || apiFailureOf(error) === 'cancelled') return null
    throw error
  }
}

/** 复制: copies text (a privacy-guarded API); `failed` is said when copying fails for another reason. */
export async function copyText(data: string, failed = '复制失败，请长按手动复制'): Promise<boolean> {
  try {
    return (await callGuarded('复制', () => Taro.setClipboardData({ data }))) !== null
  } catch {
    Taro.showToast({ title: failed, icon: 'none' })
    return false
  }
}
