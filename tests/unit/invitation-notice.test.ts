import { invitationNotice } from '@/partner/invitation-notice'

// 2026-12-02 14:00 in Shanghai.
const NOW = Date.parse('2026-12-02T06:00:00Z')

describe('the join page’s word on an opened invitation', () => {
  it('offers 加入 while open, saying until when it works', () => {
    expect(invitationNotice({ status: 'open', expiresAt: '2026-12-05T06:00:00Z' }, NOW)).toEqual({ canJoin: true, text: '邀请有效期至 12月5日 14:00，只能使用一次' })
  })
  it('says plainly that a used invitation was used, without 加入', () => {
    const notice = invitationNotice({ status: 'used', expiresAt: '2026-12-05T06:00:00Z' }, NOW)
    expect(notice.canJoin).toBe(false)
    expect(notice.text).toContain('已经被使用')
  })
  it('says when an expired invitation ran out, without 加入', () => {
    expect(invitationNotice({ status: 'expired', expiresAt: '2026-11-30T06:00:00Z' }, NOW)).toEqual({ canJoin: false, text: '这个邀请已于 11月30日 14:00 过期，请联系品牌重新邀请' })
  })
})
