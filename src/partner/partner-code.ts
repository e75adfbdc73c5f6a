import type { CodeLookupView } from '@shared/api'
import { messageFor, type ErrorCode } from '@shared/errors'

const PARTNER_MESSAGES: Partial<Record<string, string>> = {
  NOT_FOUND: '没有找到这个码，请核对会员出示的 6 位数字后重试',
  VOUCHER_USED: '这张券已经核销过了，不要重复提供服务',
  VOUCHER_EXPIRED: '这张券已过期，不能核销',
  WRONG_PARTNER: '这张券不属于你的门店，请让会员到券上写的门店使用',
  CODE_USED: '这张票已经签到过了',
  TOO_MANY_ATTEMPTS: '输错次数太多，请一小时后再试',
  FORBIDDEN: '你还不是合作伙伴的店员，请让品牌发邀请给你',
}

/**
 * A lookup, 核销 or 签到 failure as staff should read it: the cloud's own words when it said
 * something particular (这张票已失效, 这是自提取货码…), otherwise ours.
 */
export function partnerErrorMessage(error: { code: string; message?: string }): string {
  const generic = error.code in PARTNER_MESSAGES ? messageFor(error.code as ErrorCode) : undefined
  if (error.message && error.message !== generic && PARTNER_MESSAGES[error.code]) return error.message
  return PARTNER_MESSAGES[error.code] ?? error.message ?? '操作失败，请重试'
}

/** Why a looked-up code cannot be confirmed (already used, expired, cancelled), or null. */
export function lookupRefusal(found: CodeLookupView): string | null {
  if (found.kind === 'voucher') {
    const s = found.voucher.status
    if (s === 'used') return PARTNER_MESSAGES.VOUCHER_USED!
    if (s === 'expired') return PARTNER_MESSAGES.VOUCHER_EXPIRED!
    if (s === 'withdrawn') return '这张券已作废（订单已退款），不能核销'
    return null
  }
  const s = found.ticket.status
  if (s === 'attended') return '这位会员已经签到过了'
  if (s === 'cancelled') return '这张票已失效（报名已取消）'
  if (s === 'waitlist') return '这位会员还在候补，没有名额'
  return null
}
