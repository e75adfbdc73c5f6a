import { isPendingPost, postStatusChip, submittedNotice } from '@/utils/post-status'

describe('the status chip of a post', () => {
  it.each([
    ['checking', '检测中', 'amber'],
    ['review', '审核中', 'amber'],
    ['published', '已发布', 'green'],
    ['hidden', '未通过', 'berry'],
    ['deleted', '已删除', 'plain'],
  ] as const)('%s reads %s', (status, label, tone) => {
    expect(postStatusChip(status)).toEqual({ label, tone })
  })

  it('treats checking and review as pending (only the author sees them)', () => {
    expect(isPendingPost('checking')).toBe(true)
    expect(isPendingPost('review')).toBe(true)
    expect(isPendingPost('published')).toBe(false)
    expect(isPendingPost('hidden')).toBe(false)
  })
})

describe('what the author is told after posting', () => {
  it('says nothing when the post is published at once', () => {
    expect(submittedNotice('published')).toBeNull()
  })

  it.each(['checking', 'review'] as const)('a %s post is being reviewed and only the author sees it', (status) => {
    const notice = submittedNotice(status) ?? ''
    expect(notice).toContain('只有你自己能看到')
    expect(notice).toContain('通过后大家就能看到')
  })
})
