/**
 * Page paths as WeChat share cards, posters and navigation use them (no leading slash).
 * Every share path carries the sharer's distribution code when there is one.
 */
export const HOME_PATH = 'pages/index/index'
export const ME_PATH = 'pages/me/index'
export const ORDERS_PATH = 'pages/orders/index'
// A group's page (every group share card and poster opens it) lives in the group subpackage.
export const GROUP_PAGE = 'group/pages/detail/index'
// 团长中心, 提现 and 申请成为团长 live in the leader subpackage (few shoppers open them).
export const LEADER_PATH = 'leader/pages/centre/index'
export const WITHDRAW_PATH = 'leader/pages/withdraw/index'
export const LEADER_APPLY_PATH = 'leader/pages/apply/index'

/** `key=value&…`, leaving out empty values (a timeline card's `query`). */
export function queryString(query: Record<string, string | undefined | null>): string {
  return Object.entries(query)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`)
    .join('&')
}

/** `path?key=value&…`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | undefined | null>): string {
  const parts = queryString(query)
  return parts ? `${path}?${parts}` : path
}

export const dealPath = (dealId: string, code?: string | null) => withQuery('pages/deal/index', { id: dealId, code })
/** The deal page's query on a 朋友圈 card (onShareTimeline opens the same page with it). */
export const dealQuery = (dealId: string, code?: string | null) => queryString({ id: dealId, code })

export const groupPath = (groupId: string, code?: string | null) => withQuery(GROUP_PAGE, { id: groupId, code })

/** A leader's own card: the home page, carrying their code. */
export const cardPath = (code: string) => withQuery(HOME_PATH, { code })

export const adminDealsPath = () => 'admin/pages/deals/index'
export const adminCategoriesPath = () => 'admin/pages/categories/index'
export const adminDealEditPath = (dealId?: string) => withQuery('admin/pages/deal-edit/index', { id: dealId })
export const adminDealGroupsPath = (dealId: string) => withQuery('admin/pages/deal-groups/index', { id: dealId })
export const adminDistributionPath = () => 'admin/pages/distribution/index'
export const adminDashboardPath = () => 'admin/pages/dashboard/index'
