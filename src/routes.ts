import Taro from '@tarojs/taro'
import {
  adminDealEditPath,
  adminDealGroupsPath,
  adminDealsPath,
  dealPath,
  groupPath,
  HOME_PATH,
  ME_PATH,
  ORDERS_PATH,
} from '@/utils/page-paths'

export { HOME_PATH, dealPath, groupPath } from '@/utils/page-paths'

const go = (path: string) => Taro.navigateTo({ url: '/' + path })

export function openDeal(dealId: string): void {
  go(dealPath(dealId))
}

export function openGroup(groupId: string): void {
  go(groupPath(groupId))
}

export function openOrders(): void {
  go(ORDERS_PATH)
}

/** Back to the feed (a tab), also from a page opened straight from a share card. */
export function openHome(): void {
  Taro.switchTab({ url: '/' + HOME_PATH })
}

/** 我的 (a tab). */
export function openMe(): void {
  Taro.switchTab({ url: '/' + ME_PATH })
}

export function openAdminDeals(): void {
  go(adminDealsPath())
}

export function openAdminDealEdit(dealId?: string): void {
  go(adminDealEditPath(dealId))
}

export function openAdminDealGroups(dealId: string): void {
  go(adminDealGroupsPath(dealId))
}
