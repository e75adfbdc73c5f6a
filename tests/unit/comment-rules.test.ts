import { commentCountDelta, commentStatusFromCheck, onePerProduct } from '../../cloudfunctions/shared/domain/post'
import { contestForTopic } from '../../cloudfunctions/shared/domain/contest'

const HOUR = 3_600_000
const now = new Date('2035-06-01T02:00:00Z')
const contest = (topic: string, endInHours: number, over: Partial<{ startAt: Date; awardedAt: Date | null }> = {}) => ({
  topic,
  startAt: new Date(now.getTime() - HOUR),
  endAt: new Date(now.getTime() + endInHours * HOUR),
  awardedAt: null,
  maxWinners: 3,
  ...over,
})

describe('which contest a post carrying a topic enters', () => {
  it('the open contest whose topic the post chose, or wrote as #topic', () => {
    const breakfast = contest('早餐搭配', 10)
    expect(contestForTopic({ topic: '早餐搭配', text: '' }, [breakfast], now)).toBe(breakfast)
    expect(contestForTopic({ topic: null, text: '今天的 #早餐搭配 很简单' }, [breakfast], now)).toBe(breakfast)
    expect(contestForTopic({ topic: '开箱', text: '早餐搭配' }, [breakfast], now)).toBeNull()
  })

  it('none that is not open yet, has ended or was awarded; of several, the one ending first', () => {
    expect(contestForTopic({ topic: '早餐搭配', text: '' }, [contest('早餐搭配', 10, { startAt: new Date(now.getTime() + HOUR) })], now)).toBeNull()
    expect(contestForTopic({ topic: '早餐搭配', text: '' }, [contest('早餐搭配', -1)], now)).toBeNull()
    expect(contestForTopic({ topic: '早餐搭配', text: '' }, [contest('早餐搭配', 10, { awardedAt: now })], now)).toBeNull()
    const late = contest('早餐搭配', 20)
    const soon = contest('早餐搭配', 5)
    expect(contestForTopic({ topic: '早餐搭配', text: '' }, [late, soon], now)).toBe(soon)
  })
})

describe('a comment and the post\'s count', () => {
  it('is shown when its check passed, held when unsure or failed', () => {
    expect(commentStatusFromCheck('pass')).toBe('published')
    expect(commentStatusFromCheck('review')).toBe('review')
    expect(commentStatusFromCheck('error')).toBe('review')
  })

  it('moves the count only when it becomes visible or stops being visible', () => {
    expect(commentCountDelta(null, 'published')).toBe(1)
    expect(commentCountDelta(null, 'review')).toBe(0)
    expect(commentCountDelta('review', 'published')).toBe(1)
    expect(commentCountDelta('published', 'hidden')).toBe(-1)
    expect(commentCountDelta('published', 'deleted')).toBe(-1)
    expect(commentCountDelta('review', 'deleted')).toBe(0)
    expect(commentCountDelta('hidden', 'deleted')).toBe(0)
  })
})

describe('关联订单 rows', () => {
  it('list a product bought twice once, tied to the newest order, knowing both', () => {
    const rows = onePerProduct([
      { orderId: 'o3', productId: 'bowl' },
      { orderId: 'o2', productId: 'nuts' },
      { orderId: 'o1', productId: 'bowl' },
    ])
    expect(rows).toEqual([
      { orderId: 'o3', productId: 'bowl', orderIds: ['o3', 'o1'] },
      { orderId: 'o2', productId: 'nuts', orderIds: ['o2'] },
    ])
  })

  it('keep orders whose product is unknown apart', () => {
    expect(onePerProduct([{ orderId: 'a', productId: '' }, { orderId: 'b', productId: '' }]).map((r) => r.orderId)).toEqual(['a', 'b'])
  })
})
