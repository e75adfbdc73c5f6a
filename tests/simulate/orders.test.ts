/**
 * @jest-environment jsdom
 */
import type { OrderDeliveryView, OrderView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

const delivery = (d: Partial<OrderDeliveryView>): OrderDeliveryView => ({
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
  ...d,
})
const POINT = { pointId: 'p1', name: '阿哲的自提点', address: '田林路 200 号', hours: '每天 9:00–21:00', contactPhone: '13816880001' }
const order = (orderId: string, status: OrderView['status'], d: Partial<OrderDeliveryView>): OrderView => ({
  orderId,
  dealId: 'd1',
  groupId: null,
  title: '燕麦坚果脆 ' + orderId,
  image: '',
  kind: 'solo',
  quantity: 1,
  unitPriceFen: 1990,
  amountFen: 1990 + (d.shippingFeeFen ?? 0),
  status,
  createdAt: '2035-01-01T00:00:00.000Z',
  payBefore: '',
  payExpired: false,
  paidAt: '2035-01-01T00:00:00.000Z',
  groupStatus: null,
  nextStep: '',
  refund: null,
  goodsFen: 1990,
  discountFen: 0,
  delivery: delivery(d),
})

const ORDERS: OrderView[] = [
  order('shipped', 'effective', {
    stage: 'shipped',
    shippingFeeFen: 800,
    tracking: { company: '顺丰速运', trackingNo: 'SF123', shippedAt: '2035-01-02T00:00:00.000Z' },
    autoReceiveAt: '2035-01-12T00:00:00.000Z',
  }),
  order('atpoint', 'effective', { mode: 'pickup', address: null, point: POINT, stage: 'at_point', arrivedAt: '2035-01-02T00:00:00.000Z' }),
  order('done', 'completed', { stage: 'completed', afterSaleUntil: '2099-01-01T00:00:00.000Z' }),
  order('refused', 'completed', {
    stage: 'completed',
    afterSaleUntil: '2099-01-01T00:00:00.000Z',
    afterSale: { afterSaleId: 'a1', orderId: 'refused', kind: 'refund_only', reason: '破损', images: [], status: 'rejected', note: '照片看不出破损', createdAt: '', reviewedAt: '' },
  }),
]

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ name, data }) => {
    if (name === 'groupbuy' && data.action === 'myOrders') return { ok: true, data: { items: ORDERS } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  })
})

describe('the built weapp orders page, by fulfilment stage', () => {
  it("shows each order's stage and only the next step that fits it", async () => {
    const page = harness.renderPage('pages/orders/index', {})
    await waitFor(() => expect(page.querySelectorAll('.order-card__status')).toHaveLength(4))
    const text = (selector: string) => page.querySelectorAll(selector).map((node) => node.dom?.textContent?.trim())
    expect(text('.order-card__status')).toEqual(['已发货', '待自提', '已完成', '已完成'])
    // 确认收货 on the shipped express order, 取货码 on the pickup order at its point, 申请售后 on the
    // completed ones (again after a refusal, whose reason shows).
    expect(page.querySelectorAll('.order-card__receipt')).toHaveLength(1)
    expect(page.querySelectorAll('.order-card__pickup-code')).toHaveLength(1)
    expect(page.querySelectorAll('.order-card__after-sale-btn')).toHaveLength(2)
    expect(text('.order-delivery__tracking-no')).toEqual(['SF123'])
    expect(text('.order-card__fee')[0]).toContain('含运费 ¥8.00')
    expect(text('.order-card__after-sale')[0]).toContain('照片看不出破损')
  })
})
