import type { AdminPickupPointView, ShipQueueItem } from '@shared/api'
import { emptyPointForm, pointFormFrom, pointInputFromForm } from '@/admin/pickup-point-form'
import { formToFulfilmentSettings, fulfilmentSettingsToForm } from '@/admin/fulfilment-settings'
import { COURIERS, groupByPoint, newShipLine, onDay, resultsSummary, resultText, shipItemsFromLines } from '@/admin/shipping'
import { pickupCodeFrom, pickupErrorMessage } from '@/partner/pickup-code'

const order = (orderId: string, over: Partial<ShipQueueItem['delivery']> = {}, effectiveAt = '2026-11-22T02:00:00.000Z'): ShipQueueItem => ({
  orderId,
  dealId: 'd1',
  title: '晨光能量碗',
  quantity: 1,
  amountFen: 2990,
  buyerNickname: '小满',
  effectiveAt,
  delivery: {
    mode: 'pickup',
    address: null,
    point: null,
    shippingFeeFen: 0,
    stage: 'to_arrive',
    tracking: null,
    arrivedAt: '',
    autoReceiveAt: '',
    receivedAt: '',
    afterSaleUntil: '',
    afterSale: null,
    ...over,
  },
})
const point = (pointId: string, name: string) => ({ pointId, name, address: `${name}的地址`, hours: '', contactPhone: '' })

describe('the ship form', () => {
  it('offers the common couriers, SF first', () => {
    expect(COURIERS).toEqual(['顺丰速运', '中通快递', '圆通速递', '韵达速递', '申通快递', '京东物流', 'EMS'])
    expect(newShipLine('o1')).toEqual({ orderId: 'o1', company: '顺丰速运', trackingNo: '' })
  })

  it('sends each order with its own courier and number, spaces dropped', () => {
    const result = shipItemsFromLines([
      { orderId: 'o1', company: '顺丰速运', trackingNo: ' SF 1234 5678 90 ' },
      { orderId: 'o2', company: 'EMS', trackingNo: 'E1234567890' },
    ])
    expect(result).toEqual({
      ok: true,
      items: [
        { orderId: 'o1', company: '顺丰速运', trackingNo: 'SF1234567890' },
        { orderId: 'o2', company: 'EMS', trackingNo: 'E1234567890' },
      ],
    })
  })

  it('names each order whose number is missing or malformed', () => {
    const result = shipItemsFromLines([
      { orderId: 'o1', company: '顺丰速运', trackingNo: '' },
      { orderId: 'o2', company: '中通快递', trackingNo: '12#45' },
      { orderId: 'o3', company: '', trackingNo: '1234567' },
      { orderId: 'o4', company: '韵达速递', trackingNo: '4321234567' },
    ])
    expect(!result.ok && result.errors).toEqual({ o1: '请填写快递单号', o2: '单号为 6–40 位字母或数字', o3: '请选择快递公司' })
  })
})

describe('pickup batches', () => {
  it('groups waiting pickup orders by their point, in the order first seen', () => {
    const items = [order('a', { point: point('p1', '阿哲') }), order('b', { point: point('p2', '门店') }), order('c', { point: point('p1', '阿哲') })]
    expect(groupByPoint(items).map((b) => [b.pointId, b.name, b.items.map((i) => i.orderId)])).toEqual([
      ['p1', '阿哲', ['a', 'c']],
      ['p2', '门店', ['b']],
    ])
  })

  it('narrows to the orders that became effective on a Shanghai day', () => {
    const items = [order('a', {}, '2026-11-21T17:00:00.000Z'), order('b', {}, '2026-11-21T15:00:00.000Z')]
    expect(onDay(items, '2026-11-22').map((i) => i.orderId)).toEqual(['a'])
    expect(onDay(items, '')).toHaveLength(2)
  })

  it('reads results per order and sums them up', () => {
    const results = [
      { orderId: 'a', result: 'shipped' as const },
      { orderId: 'b', result: 'already' as const },
      { orderId: 'c', result: 'refused' as const, error: { code: 'INVALID_STATE', message: '订单已退款' } },
    ]
    expect(results.map((r) => resultText(r, 'ship'))).toEqual(['已发货', '之前已发货，未重复发货', '订单已退款'])
    expect(resultsSummary(results, 'ship')).toBe('1 单已发货，1 单此前已处理，1 单未成功')
    expect(resultsSummary(results.slice(0, 1), 'dispatch')).toBe('1 单已到货')
  })
})

describe('the pickup point form', () => {
  const valid = { ...emptyPointForm(), name: '阿哲的自提点', address: '上海市徐汇区漕溪北路 88 号', contactName: '阿哲', contactPhone: '138 0013 8000', ownerOpenid: 'demo-cocreator' }

  it('saves a leader point with its owner and a clean phone', () => {
    const result = pointInputFromForm(valid)
    expect(result.ok && result.input).toEqual({
      name: '阿哲的自提点',
      address: '上海市徐汇区漕溪北路 88 号',
      hours: '每天 9:00–21:00',
      contactName: '阿哲',
      contactPhone: '13800138000',
      kind: 'leader',
      ownerOpenid: 'demo-cocreator',
      active: true,
    })
  })

  it('drops the owner of a partner shop and keeps the id when editing', () => {
    const result = pointInputFromForm({ ...valid, pointId: 'pt1', kind: 'partner' })
    expect(result.ok && result.input).toMatchObject({ pointId: 'pt1', kind: 'partner' })
    expect(result.ok && 'ownerOpenid' in result.input).toBe(false)
  })

  it.each([
    ['name', { name: ' ' }, '请填写自提点名称'],
    ['address', { address: '' }, '请填写详细地址'],
    ['hours', { hours: '' }, '营业时间'],
    ['contactName', { contactName: '' }, '联系人'],
    ['contactPhone', { contactPhone: '12345678901' }, '11 位手机号'],
    ['ownerOpenid', { ownerOpenid: '' }, '团长'],
  ] as const)('refuses a bad %s in Chinese', (field, over, message) => {
    const result = pointInputFromForm({ ...valid, ...over })
    expect(!result.ok && result.errors[field]).toContain(message)
  })

  it('edits a saved point as it was', () => {
    const saved: AdminPickupPointView = {
      pointId: 'pt1', name: '门店', address: '地址', hours: '9–18', contactName: '王', contactPhone: '13900139000',
      kind: 'partner', suggested: false, ownerOpenid: '', staff: [], active: false, waiting: 2,
    }
    expect(pointFormFrom(saved)).toMatchObject({ pointId: 'pt1', kind: 'partner', active: false, contactPhone: '13900139000' })
  })
})

describe('receipt and after-sale settings', () => {
  it('round-trips days', () => {
    const form = fulfilmentSettingsToForm({ autoReceiveDays: 10, afterSaleDays: 7 })
    expect(formToFulfilmentSettings(form)).toEqual({ ok: true, settings: { autoReceiveDays: 10, afterSaleDays: 7 } })
  })

  it('refuses days out of range', () => {
    const result = formToFulfilmentSettings({ autoReceiveDays: '0', afterSaleDays: '31' })
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['afterSaleDays', 'autoReceiveDays'])
  })
})

describe('a pickup code typed or scanned', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['vc_AbCdEfGh12345678XyZ', 'vc_AbCdEfGh12345678XyZ'],
    ['https://x.cn/p?code=AbCdEfGh12345678XyZ', 'AbCdEfGh12345678XyZ'],
  ])('reads %p as %p', (text, code) => {
    expect(pickupCodeFrom(text)).toBe(code)
  })

  it.each(['', '12345', '1234567', 'abc'])('refuses %p', (text) => {
    expect(pickupCodeFrom(text)).toBeNull()
  })

  it('tells staff in Chinese what went wrong', () => {
    expect(pickupErrorMessage({ code: 'CODE_USED', message: '这个取货码已经用过了' })).toBe('这个取货码已经使用过，商品已交付')
    expect(pickupErrorMessage({ code: 'CODE_USED', message: '这个码已作废（订单已退款）' })).toBe('这个码已作废（订单已退款）')
    expect(pickupErrorMessage({ code: 'WRONG_POINT' })).toContain('不属于你的自提点')
    expect(pickupErrorMessage({ code: 'TOO_MANY_ATTEMPTS' })).toContain('一小时后')
    expect(pickupErrorMessage({ code: 'NOT_FOUND', message: '内容不存在或已下架' })).toBe('没有找到这个取货码，请核对后重试')
    expect(pickupErrorMessage({ code: 'INTERNAL', message: '网络开小差了' })).toBe('网络开小差了')
  })
})
