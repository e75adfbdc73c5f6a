import type { OrderDeliveryView } from '@shared/api'
import { afterSaleProblem } from '@/utils/after-sale-form'
import { afterSaleText, deliveryHint, orderNextActions, spacedCode, stageChip } from '@/utils/order-delivery'
import { qrRuns } from '@/utils/qr-matrix'

const NOW = new Date('2035-06-10T04:00:00.000Z')
const base: OrderDeliveryView = {
  mode: 'express',
  address: { name: '小满', phone: '13800138000', region: ['上海市', '上海市', '徐汇区'], detail: '1 号' },
  point: null,
  shippingFeeFen: 800,
  stage: 'to_ship',
  tracking: null,
  arrivedAt: '',
  autoReceiveAt: '',
  receivedAt: '',
  afterSaleUntil: '',
  afterSale: null,
}
const order = (d: Partial<OrderDeliveryView>) => ({ delivery: { ...base, ...d } })
const afterSale = { afterSaleId: 's1', orderId: 'o1', kind: 'refund_only' as const, reason: '破损', images: [], note: '', createdAt: '', reviewedAt: '' }

describe('the next step on an order', () => {
  it('offers 确认收货 only on a shipped express order', () => {
    expect(orderNextActions(order({ stage: 'shipped' }), NOW)).toEqual({ receipt: true, pickupCode: false, afterSale: false })
    expect(orderNextActions(order({ stage: 'to_ship' }), NOW).receipt).toBe(false)
  })
  it('offers 取货码 once a pickup order is at its point', () => {
    expect(orderNextActions(order({ mode: 'pickup', stage: 'at_point' }), NOW).pickupCode).toBe(true)
    expect(orderNextActions(order({ mode: 'pickup', stage: 'to_arrive' }), NOW).pickupCode).toBe(false)
  })
  it('offers 申请售后 on a completed order inside its window, again only after a refusal', () => {
    expect(orderNextActions(order({ stage: 'completed', afterSaleUntil: '2035-06-11T00:00:00.000Z' }), NOW).afterSale).toBe(true)
    expect(orderNextActions(order({ stage: 'completed', afterSaleUntil: '2035-06-09T00:00:00.000Z' }), NOW).afterSale).toBe(false)
    expect(orderNextActions(order({ stage: 'completed', afterSaleUntil: '' }), NOW).afterSale).toBe(false)
    const requested = (status: 'open' | 'rejected') =>
      order({ stage: 'completed', afterSaleUntil: '2035-06-11T00:00:00.000Z', afterSale: { ...afterSale, status } })
    expect(orderNextActions(requested('open'), NOW).afterSale).toBe(false)
    expect(orderNextActions(requested('rejected'), NOW).afterSale).toBe(true)
  })
  it('tells when a shipped order completes by itself', () => {
    expect(deliveryHint(order({ stage: 'shipped', autoReceiveAt: '2035-06-20T04:00:00.000Z' }), NOW)).toBe('6月20日 将自动确认收货')
    expect(deliveryHint(order({ mode: 'pickup', stage: 'at_point' }), NOW)).toBe('货已到自提点，凭取货码取货')
  })
})

describe('stage chips and after-sale lines', () => {
  it('labels stages as the shopper says them', () => {
    expect(stageChip('at_point')).toEqual({ label: '待自提', tone: 'berry' })
    expect(stageChip('shipped').label).toBe('已发货')
  })
  it("shows the brand's note when an after-sale was refused", () => {
    expect(afterSaleText({ ...afterSale, status: 'rejected', note: '已超出保质期' })).toBe('仅退款 · 售后未通过：已超出保质期')
    expect(afterSaleText({ ...afterSale, kind: 'return_refund', status: 'open' })).toBe('退货退款 · 售后处理中，品牌会尽快处理')
  })
})

describe('the pickup code as shown', () => {
  it('groups the six digits by three', () => {
    expect(spacedCode('123456')).toBe('123 456')
  })
  it('draws each QR row as runs that cover every module', () => {
    const { modules, rows } = qrRuns('tok_abcdef')
    expect(rows).toHaveLength(modules)
    for (const runs of rows) expect(runs.reduce((n, r) => n + r.length, 0)).toBe(modules)
  })
})

describe('afterSaleProblem', () => {
  it('needs a kind and a reason, and photos done uploading', () => {
    expect(afterSaleProblem({ kind: null, reason: 'x', photos: [] })).toBe('请选择售后类型')
    expect(afterSaleProblem({ kind: 'refund_only', reason: ' ', photos: [] })).toBe('请说明售后原因')
    expect(afterSaleProblem({ kind: 'refund_only', reason: '破损', photos: [{ status: 'uploading' }] })).toBe('图片还在上传，请稍候')
    expect(afterSaleProblem({ kind: 'return_refund', reason: '破损', photos: [{ status: 'done' }] })).toBeNull()
  })
})
