/**
 * @jest-environment jsdom
 */
import type { OrderView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'
import { GROUP_RESULT_TEMPLATE, PAYING_APIS, paymentSteps, tapAndPay, WECHAT_PAYMENT } from '../helpers/consent'

const UNPAID = {
  orderId: 'o-unpaid',
  dealId: 'd1',
  groupId: 'g1',
  title: '燕麦坚果脆',
  image: '',
  kind: 'group',
  quantity: 1,
  unitPriceFen: 1990,
  amountFen: 1990,
  status: 'pending_payment',
  createdAt: '2035-01-01T00:00:00.000Z',
  payBefore: '2035-01-01T00:15:00.000Z',
  payExpired: false,
  paidAt: '',
  groupStatus: 'open',
  nextStep: '',
  refund: null,
  goodsFen: 1990,
  discountFen: 0,
  delivery: {
    mode: 'express',
    address: { name: '小满', phone: '13800138004', region: ['上海市', '上海市', '徐汇区'], detail: '漕溪北路 88 号' },
    point: null,
    shippingFeeFen: 0,
    stage: 'to_ship',
    tracking: null,
    arrivedAt: '',
    autoReceiveAt: '',
    receivedAt: '',
    afterSaleUntil: '',
    afterSale: null,
  },
} as unknown as OrderView

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ data }) => {
    if (data.action === 'myOrders') return { ok: true, data: { items: [UNPAID] } }
    if (data.action === 'payOrder') return { ok: true, data: { payment: WECHAT_PAYMENT } }
    if (data.action === 'getOrder') return { ok: true, data: { order: { ...UNPAID, status: 'paid' } } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  }, PAYING_APIS)
})

describe('subscription consent on my orders (去支付)', () => {
  it('asks for the group-result notice inside the tap, before payOrder, then pays', async () => {
    const page = harness.renderPage('pages/orders/index', {})
    await waitFor(() => expect(page.querySelectorAll('.order-card__pay')).toHaveLength(1))
    const steps = await tapAndPay(harness.log, page.querySelectorAll('.order-card__pay')[0])
    expect(paymentSteps(steps)).toEqual(['requestSubscribeMessage (in tap)', 'payOrder', 'requestPayment'])
    expect(steps.find((c) => c.api === 'requestSubscribeMessage')?.args).toEqual({ tmplIds: [GROUP_RESULT_TEMPLATE] })
  })
})
