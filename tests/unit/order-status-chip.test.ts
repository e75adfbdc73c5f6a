import { orderStatusChip, refundText } from '@/utils/order-status'

describe('the status chip of an order', () => {
  it.each([
    ['pending_payment', 'group', 'open', '待支付'],
    ['paid', 'group', 'open', '拼团中'],
    ['paid', 'group', 'pending', '拼团中'],
    ['paid', 'group', 'succeeded', '已支付'],
    ['paid', 'solo', null, '已支付'],
    ['effective', 'group', 'succeeded', '待发货'],
    ['completed', 'solo', null, '已完成'],
    ['cancelled', 'group', null, '已取消'],
    ['refunding', 'group', 'failed', '退款中'],
    ['refunded', 'group', 'failed', '已退款'],
  ] as const)('%s (%s order, group %s) reads %s', (status, kind, groupStatus, label) => {
    expect(orderStatusChip({ status, kind, groupStatus }).label).toBe(label)
  })

  it('draws the eye to an unpaid order', () => {
    expect(orderStatusChip({ status: 'pending_payment', kind: 'solo', groupStatus: null }).tone).toBe('berry')
  })
})

describe('refundText', () => {
  it('says nothing without a refund', () => {
    expect(refundText(null)).toBeNull()
  })

  it.each([
    ['pending', '退款处理中'],
    ['processing', '退款处理中'],
    ['succeeded', '已退款'],
    ['failed', '退款重试中'],
    ['abnormal', '退款异常，客服将联系您'],
    ['resolved', '已退款（客服已处理）'],
  ] as const)('a %s refund reads %s', (status, text) => {
    expect(refundText({ status, amountFen: 1990 })).toBe(text)
  })
})
