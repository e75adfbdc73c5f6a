import { MODERATION_FROM } from '@shared/domain/post'
import { belongsToQueue, moderationActionLabel, moderationHistory, moderationButtons, MODERATION_QUEUES, moderationStatusChip } from '@/admin/post-moderation'

describe('what the moderator may do with a post', () => {
  const labels = (status: Parameters<typeof moderationButtons>[0]['status'], featured = false) =>
    moderationButtons({ status, featured }).map((b) => `${b.action}:${b.label}`)

  it.each([
    ['review', false, ['hide:隐藏', 'approve:通过']],
    ['published', false, ['hide:隐藏', 'feature:精选']],
    ['published', true, ['hide:隐藏', 'unfeature:取消精选']],
    ['hidden', false, ['approve:恢复发布']],
    ['checking', false, ['hide:隐藏', 'approve:通过']],
    ['deleted', false, []],
  ] as const)('a %s post (featured: %s) offers %j', (status, featured, expected) => {
    expect(labels(status, featured)).toEqual(expected)
  })

  it('only offers what the server accepts from that status', () => {
    for (const status of ['review', 'published', 'hidden', 'checking', 'deleted'] as const) {
      for (const featured of [false, true]) {
        for (const b of moderationButtons({ status, featured })) expect(MODERATION_FROM[b.action]).toContain(status)
      }
    }
  })
})

describe('which queue a decided post stays in', () => {
  it.each([
    [{ status: 'published', featured: false }, 'review', false],
    [{ status: 'published', featured: false }, 'published', true],
    [{ status: 'published', featured: true }, 'published', true],
    [{ status: 'published', featured: true }, 'featured', true],
    [{ status: 'published', featured: false }, 'featured', false],
    [{ status: 'hidden', featured: false }, 'published', false],
    [{ status: 'hidden', featured: false }, 'hidden', true],
    [{ status: 'review', featured: false }, 'review', true],
  ] as const)('%j in %s: %s', (post, queue, stays) => {
    expect(belongsToQueue(post, queue)).toBe(stays)
  })

  it('lists 待审核 first', () => {
    expect(MODERATION_QUEUES.map((q) => q.label)).toEqual(['待审核', '已发布', '精选', '已隐藏', '检测中'])
  })
})

describe('labels on a post card', () => {
  it.each([
    ['review', false, '待审核'],
    ['published', false, '已发布'],
    ['published', true, '精选'],
    ['hidden', false, '已隐藏'],
    ['checking', false, '图片检测中'],
    ['deleted', false, '作者已删除'],
  ] as const)('status %s (featured %s) reads %s', (status, featured, label) => {
    expect(moderationStatusChip({ status, featured }).label).toBe(label)
  })

  it.each([
    ['approve', '通过发布'],
    ['hide', '隐藏'],
    ['feature', '设为精选'],
    ['unfeature', '取消精选'],
  ] as const)('a past %s reads %s', (action, label) => {
    expect(moderationActionLabel(action)).toBe(label)
  })
})

describe('the history line of a post card', () => {
  const at = (iso: string) => `[${iso}]`
  const decided = (action: 'approve' | 'hide' | 'feature' | 'unfeature', note: string) => ({ action, note, by: 'demo-admin', at: 'T' })

  it('names the last decision, when and by whom, with the reason a hide gave', () => {
    expect(moderationHistory({ status: 'hidden', moderation: decided('hide', '含站外引流信息') }, at)).toBe('上次处理：隐藏 · [T] · demo-admin\n原因：含站外引流信息')
  })

  it('calls any other note a 备注, and leaves out an empty one', () => {
    expect(moderationHistory({ status: 'published', moderation: decided('feature', '拍得用心') }, at)).toBe('上次处理：设为精选 · [T] · demo-admin\n备注：拍得用心')
    expect(moderationHistory({ status: 'published', moderation: decided('approve', '') }, at)).toBe('上次处理：通过发布 · [T] · demo-admin')
  })

  it('says the content check hid a post nobody decided on, and says nothing of an undecided visible one', () => {
    expect(moderationHistory({ status: 'hidden', moderation: null }, at)).toBe('内容检测判定违规，已自动隐藏')
    expect(moderationHistory({ status: 'review', moderation: null }, at)).toBeNull()
  })
})
