import type { DistributorApplicationView } from '@shared/api'
import { applyStage, checkApplication } from '@/leader/pages/apply/application-form'

const app = (status: DistributorApplicationView['status']): DistributorApplicationView => ({
  openid: 'u1', nickname: '小禾', avatar: '', tier: 'officer', realName: '林小禾', reason: '两个业主群', status, note: '', createdAt: '2025-11-22T00:00:00.000Z',
})

describe('an application to become a 团长', () => {
  it('is sent trimmed when the name has 2–20 characters and the reason 5–300', () => {
    expect(checkApplication({ realName: ' 林小禾 ', reason: ' 我有两个业主群 ' })).toEqual({ ok: true, value: { realName: '林小禾', reason: '我有两个业主群' } })
  })

  it('says what is wrong with each field', () => {
    const result = checkApplication({ realName: '禾', reason: '想做' })
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['realName', 'reason'])
    expect(checkApplication({ realName: '林小禾', reason: '好'.repeat(301) })).toMatchObject({ ok: false, errors: { reason: '申请理由最多 300 个字' } })
  })
})

describe('what the apply page shows', () => {
  it.each([
    [null, false, 'form'],
    ['pending', false, 'pending'],
    ['rejected', false, 'rejected'],
    ['approved', true, 'approved'],
    ['approved', false, 'suspended'],
    [null, true, 'approved'],
  ] as const)('application %s, distributor %s: %s', (status, isDistributor, stage) => {
    expect(applyStage(status ? app(status) : null, isDistributor)).toBe(stage)
  })
})
