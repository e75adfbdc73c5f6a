import { withQuery } from './page-paths'

/**
 * Pages of growth, check-ins, co-creators and polls (no leading slash). They live in the
 * `member` subpackage, which keeps the main package within WeChat's budget; 我的 and the
 * home page preload it.
 */
export const CHECK_IN_PATH = 'member/pages/check-in/index'
export const GROWTH_PATH = 'member/pages/growth/index'
export const CO_CREATOR_APPLY_PATH = 'member/pages/co-creator-apply/index'
export const POLLS_PATH = 'member/pages/polls/index'

export const pollPath = (pollId: string) => withQuery('member/pages/poll/index', { id: pollId })

export const adminMembersPath = () => 'admin/pages/members/index'
export const adminPollsPath = () => 'admin/pages/polls/index'

// 头像昵称 and the privacy policy (隐私保护指引), also in the member subpackage.
export const PROFILE_EDIT_PATH = 'member/pages/profile/index'
export const PRIVACY_PATH = 'member/pages/privacy/index'

// 地址管理 and 售后, also in the member subpackage.
export const ADDRESSES_PATH = 'member/pages/addresses/index'

/** `from: 'checkout'`: the address saved is the one chosen at the checkout the shopper came from. */
export const addressEditPath = (addressId?: string, from?: 'checkout') =>
  withQuery('member/pages/address-edit/index', { id: addressId, from })

export const afterSalePath = (orderId: string) => withQuery('member/pages/after-sale/index', { orderId })

/** 取货码: the QR code and the 6 digits of a pickup order at its point. */
export const pickupCodePath = (orderId: string) => withQuery('member/pages/pickup-code/index', { orderId })
