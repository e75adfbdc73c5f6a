import { commissionChip, commissionNote } from '@/utils/commission-status'

describe('the status chip of a commission', () => {
  it.each([
    ['pending', '冻结中', 'amber'],
    ['settled', '已到账', 'green'],
    ['cancelled', '已取消', 'plain'],
    ['reversed', '已冲回', 'berry'],
  ] as const)('%s reads %s', (status, label, tone) => {
    expect(commissionChip(status)).toEqual({ label, tone })
  })
})

describe('the line under a commission', () => {
  const unfreezeAt = '2025-11-28T16:30:00.000Z' // 11月29日 00:30 in Shanghai
  const NOW = Date.parse('2025-11-20T02:00:00.000Z')

  it('says on which Shanghai day a frozen commission unfreezes', () => {
    expect(commissionNote({ status: 'pending', unfreezeAt }, NOW)).toBe('售后期结束后结算 · 11月29日 解冻')
  })

  it('says when a settled commission reached the balance', () => {
    expect(commissionNote({ status: 'settled', unfreezeAt }, NOW)).toBe('11月29日 已结算到可提现')
  })

  it('explains a cancelled and a reversed commission', () => {
    expect(commissionNote({ status: 'cancelled', unfreezeAt })).toContain('退款')
    expect(commissionNote({ status: 'reversed', unfreezeAt })).toContain('冲回')
  })

  it('leaves the date out when there is none', () => {
    expect(commissionNote({ status: 'pending', unfreezeAt: '' })).toBe('售后期结束后结算')
  })
})
