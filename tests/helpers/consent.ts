import type { DealView, GroupView, PaymentParams } from '@shared/api'
import { TEST_BUILD_ENV, waitFor, type PlatformCall, type WxApi } from './weapp-harness'

/**
 * Subscription consent in the simulate harness: WeChat honours wx.requestSubscribeMessage
 * only inside a tap, before any network call. These fixtures and checks are shared by the
 * paying taps' tests (deal page, group page, orders).
 */
export const GROUP_RESULT_TEMPLATE = TEST_BUILD_ENV.WX_TMPL_GROUP_RESULT

/** The WeChat APIs a paying tap uses: consent accepted, the payment sheet paid. */
export const PAYING_APIS: Record<string, WxApi> = {
  requestSubscribeMessage: ({ tmplIds }) => Object.fromEntries((tmplIds as string[]).map((id) => [id, 'accept'])),
  requestPayment: () => ({}),
}

export const WECHAT_PAYMENT: PaymentParams = {
  provider: 'wechat',
  timeStamp: '1700000000',
  nonceStr: 'n',
  package: 'prepay_id=wx1',
  signType: 'RSA',
  paySign: 'sig',
}

export const DEAL: DealView = {
  dealId: 'oat-crisps',
  productId: 'p-oat',
  title: '燕麦坚果脆',
  subtitle: '整粒燕麦 + 扁桃仁',
  image: 'cloud://gongying-local.local-bucket/products/oat-crisps.png',
  images: [],
  description: '整粒燕麦烘烤',
  groupPriceFen: 1990,
  soloPriceFen: 2990,
  groupSize: 2,
  timeLimitMinutes: 1440,
  perUserLimit: 10,
  stockLeft: 299,
  soldCount: 1,
  startAt: '2025-01-01T00:00:00.000Z',
  endAt: '2035-01-01T00:00:00.000Z',
  autoComplete: false,
  commissionBps: 1500,
  status: 'active',
  phase: 'on_sale',
  tags: [],
  // Express only, to the saved default address below: the checkout sheet can pay at once.
  delivery: { express: true, pickup: false, shippingFeeFen: 0, freeFromFen: null },
  coCreation: null,
  presale: null,
  categoryId: null,
} as DealView

export const OPEN_GROUP: GroupView = {
  groupId: 'g1',
  dealId: DEAL.dealId,
  deal: DEAL,
  status: 'open',
  size: 2,
  seatsTaken: 1,
  paidCount: 1,
  seatsLeft: 1,
  openedAt: '2025-01-01T00:00:00.000Z',
  expiresAt: '2035-01-01T00:00:00.000Z',
  members: [{ nickname: '小满', avatar: '', isLeader: true, paid: true }],
  myOrder: null,
  joinBlockedReason: null,
} as GroupView

export const ADDRESS = {
  addressId: 'a1',
  name: '小满',
  phone: '13800138004',
  region: ['上海市', '上海市', '徐汇区'],
  detail: '漕溪北路 88 号',
  isDefault: true,
}

/**
 * The calls that matter for consent, in order: the request (marked `(in tap)` when made
 * synchronously inside the tap's handler), the order-placing cloud call, the payment.
 */
export const paymentSteps = (log: PlatformCall[]) =>
  log
    .filter((c) => c.api !== 'cloud.callFunction' || ['startGroup', 'joinGroup', 'buySolo', 'payOrder'].includes(String((c.args.data as { action?: string })?.action)))
    .map((c) => (c.api === 'cloud.callFunction' ? (c.args.data as { action: string }).action : c.api) + (c.inTap ? ' (in tap)' : ''))

/** Taps `node` and waits until the payment sheet was asked for: the platform calls since the tap. */
export async function tapAndPay(log: PlatformCall[], node: { dispatchEvent(name: string): void }): Promise<PlatformCall[]> {
  const before = log.length
  node.dispatchEvent('tap')
  await waitFor(() => expect(log.slice(before).map((c) => c.api)).toContain('requestPayment'))
  return log.slice(before)
}
