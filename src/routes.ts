import Taro from '@tarojs/taro'

/** Page paths, as WeChat share cards and navigation use them. */
export const HOME_PATH = 'pages/index/index'
export const dealPath = (dealId: string) => `pages/deal/index?id=${encodeURIComponent(dealId)}`

export function openDeal(dealId: string): void {
  Taro.navigateTo({ url: '/' + dealPath(dealId) })
}

/** Back to the feed, also from a page opened straight from a share card. */
export function openHome(): void {
  Taro.reLaunch({ url: '/' + HOME_PATH })
}
