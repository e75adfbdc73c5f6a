import type { DealDraft } from '@shared/api'
import { emptyForm, formFromDraft, formToDraft, type DealForm } from '@/admin/pages/deal-edit/deal-form'
import { fromShanghaiInput, toShanghaiInput } from '@/admin/pages/deal-edit/shanghai-input'

const valid = (over: Partial<DealForm> = {}): DealForm => ({
  ...emptyForm(new Date('2026-11-22T00:30:00Z')),
  title: '燕麦坚果脆',
  groupPrice: '19.9',
  soloPrice: '29.9',
  image: 'cloud://x/cover.png',
  ...over,
})

describe('the deal form', () => {
  it('starts a new deal with no picture, and will not save one without a picture', () => {
    expect(emptyForm(new Date()).image).toBe('')
    const result = formToDraft(valid({ image: '' }))
    expect(!result.ok && result.errors.image).toBe('请上传或从图库选择至少一张商品图片')
  })


  it('turns yuan into fen, hours into minutes and percent into basis points', () => {
    const result = formToDraft(valid({ timeLimitHours: '24', commissionPercent: '15', groupSize: '2' }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft).toMatchObject({
      title: '燕麦坚果脆',
      groupPriceFen: 1990,
      soloPriceFen: 2990,
      groupSize: 2,
      timeLimitMinutes: 1440,
      commissionBps: 1500,
    })
  })

  it('starts a new deal at the next full hour, Shanghai time, with 15% commission', () => {
    const form = emptyForm(new Date('2026-11-22T00:30:00Z'))
    expect([form.startDate, form.startTime]).toEqual(['2026-11-22', '09:00'])
    expect(form.commissionPercent).toBe('15')
  })

  it('allows no solo price', () => {
    const result = formToDraft(valid({ soloPrice: '' }))
    expect(result.ok && result.draft.soloPriceFen).toBeNull()
  })

  it.each([
    ['title', { title: ' ' }, '请填写活动标题'],
    ['groupPrice', { groupPrice: '19.999' }, '拼团价'],
    ['groupPrice', { groupPrice: '0' }, '拼团价'],
    ['soloPrice', { soloPrice: '9.9' }, '单买价应高于拼团价'],
    ['groupSize', { groupSize: '1' }, '2–50'],
    ['groupSize', { groupSize: '51' }, '2–50'],
    ['groupSize', { groupSize: '2.5' }, '2–50'],
    ['timeLimitHours', { timeLimitHours: '0' }, '成团时限'],
    ['perUserLimit', { perUserLimit: '' }, '每人限购'],
    ['stock', { stock: '-3' }, '库存'],
    ['stockShards', { stockShards: '65' }, '库存分片'],
    ['stockShards', { stockShards: '0' }, '库存分片'],
    ['endDate', { endDate: '2026-11-01' }, '结束时间应晚于开始时间'],
    ['commissionPercent', { commissionPercent: '120' }, '佣金比例'],
    ['tags', { tags: '一 二 三 四' }, '最多 3 个标签'],
  ] as [keyof DealForm, Partial<DealForm>, string][])('rejects a bad %s with a Chinese message', (field, over, message) => {
    const result = formToDraft(valid(over))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[field]).toContain(message)
  })

  it('edits an existing deal without losing its other pictures', () => {
    const draft: DealDraft = {
      productId: 'p1',
      title: '晨光能量碗',
      subtitle: '',
      description: '',
      image: 'cloud://x/a.png',
      images: ['cloud://x/a.png', 'cloud://x/b.png'],
      groupPriceFen: 2990,
      soloPriceFen: null,
      groupSize: 3,
      timeLimitMinutes: 720,
      perUserLimit: 5,
      stock: 200,
      stockShards: 16,
      startAt: '2026-11-19T02:00:00.000Z',
      endAt: '2026-12-19T02:00:00.000Z',
      autoComplete: true,
      commissionBps: 1250,
      tags: ['早餐'],
      delivery: { express: true, pickup: false, shippingFeeFen: 800, freeFromFen: 9900 },
      categoryId: 'cat-breakfast',
    }
    const form = formFromDraft(draft)
    expect(form).toMatchObject({ shippingFee: '8', freeFrom: '99', pickup: false, groupPrice: '29.9', soloPrice: '', timeLimitHours: '12', commissionPercent: '12.5', startTime: '10:00' })
    const again = formToDraft(form)
    expect(again.ok && again.draft).toEqual(draft)
    const moved = formToDraft({ ...form, image: 'cloud://x/c.png' })
    expect(moved.ok && moved.draft.images).toEqual(['cloud://x/c.png', 'cloud://x/b.png'])
  })
})

describe('the deal form\'s category', () => {
  it('starts a new deal with no category, saved as none (null)', () => {
    expect(emptyForm(new Date()).categoryId).toBe('')
    const result = formToDraft(valid())
    expect(result.ok && result.draft.categoryId).toBeNull()
  })

  it('saves the category picked', () => {
    const result = formToDraft(valid({ categoryId: 'cat-snacks' }))
    expect(result.ok && result.draft.categoryId).toBe('cat-snacks')
  })

  it('shows a deal\'s category, and none for a deal saved before categories', () => {
    const saved = formToDraft(valid({ categoryId: 'cat-snacks' }))
    if (!saved.ok) throw new Error('invalid')
    expect(formFromDraft(saved.draft).categoryId).toBe('cat-snacks')
    const { categoryId: _none, ...older } = saved.draft
    expect(formFromDraft(older).categoryId).toBe('')
  })
})

describe('the deal form\'s delivery settings', () => {
  it('offers both modes with free shipping by default', () => {
    const result = formToDraft(valid())
    expect(result.ok && result.draft.delivery).toEqual({ express: true, pickup: true, shippingFeeFen: 0, freeFromFen: null })
  })

  it('turns the express fee and the free-shipping threshold from yuan into fen', () => {
    const result = formToDraft(valid({ shippingFee: '6.5', freeFrom: '99' }))
    expect(result.ok && result.draft.delivery).toEqual({ express: true, pickup: true, shippingFeeFen: 650, freeFromFen: 9900 })
  })

  it('reads an empty fee as free shipping', () => {
    const result = formToDraft(valid({ shippingFee: ' ' }))
    expect(result.ok && result.draft.delivery.shippingFeeFen).toBe(0)
  })

  it('ignores the fees of a pickup-only deal', () => {
    const result = formToDraft(valid({ express: false, shippingFee: 'abc', freeFrom: 'x' }))
    expect(result.ok && result.draft.delivery).toEqual({ express: false, pickup: true, shippingFeeFen: 0, freeFromFen: null })
  })

  it.each([
    ['express', { express: false, pickup: false }, '至少开启一种'],
    ['shippingFee', { shippingFee: '8.888' }, '运费格式不对'],
    ['shippingFee', { shippingFee: '-1' }, '运费格式不对'],
    ['freeFrom', { freeFrom: '0' }, '包邮门槛'],
    ['freeFrom', { freeFrom: '九十九' }, '包邮门槛'],
  ] as [keyof DealForm, Partial<DealForm>, string][])('rejects a bad %s with a Chinese message', (field, over, message) => {
    const result = formToDraft(valid(over))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[field]).toContain(message)
  })
})

describe('Shanghai date and time inputs', () => {
  it('read and write the same instant', () => {
    expect(toShanghaiInput('2026-11-23T02:00:00.000Z')).toEqual({ date: '2026-11-23', time: '10:00' })
    expect(fromShanghaiInput('2026-11-23', '10:00')).toBe('2026-11-23T02:00:00.000Z')
    expect(fromShanghaiInput('2026-11-23', '03:00')).toBe('2026-11-22T19:00:00.000Z')
  })

  it.each([['2026-02-30', '10:00'], ['2026-11-23', '25:00'], ['', '10:00'], ['2026/11/23', '10:00']])(
    'rejects %s %s',
    (date, time) => {
      expect(fromShanghaiInput(date, time)).toBeNull()
    },
  )
})
