import { withdrawalChip, withdrawalNote } from '@/utils/withdrawal-status'

describe('the status chip of a withdrawal', () => {
  it.each([
    ['pending_review', '待审核'],
    ['approved', '转账中'],
    ['awaiting_confirmation', '待确认收款'],
    ['succeeded', '已到账'],
    ['rejected', '已驳回'],
    ['failed', '转账失败'],
    ['cancelled', '已退回'],
  ] as const)('%s reads %s', (status, label) => {
    expect(withdrawalChip(status).label).toBe(label)
  })
})

describe('what a leader reads under a withdrawal', () => {
  const base = { note: '', failReason: null }

  it('gives the brand’s reason for a rejection, and says the money came back', () => {
    expect(withdrawalNote({ ...base, status: 'rejected', note: '订单售后中' })).toBe('驳回原因：订单售后中 · 金额已退回可提现')
  })

  it('gives the payout platform’s reason for a failed transfer', () => {
    expect(withdrawalNote({ ...base, status: 'failed', failReason: 'NAME_NOT_MATCH' })).toBe('失败原因：NAME_NOT_MATCH · 金额已退回可提现')
  })

  it('asks for the confirmation WeChat waits for', () => {
    expect(withdrawalNote({ ...base, status: 'awaiting_confirmation' })).toContain('确认收款')
  })

  it('gives the deadline of 确认收款 in Shanghai time when it is known', () => {
    const note = withdrawalNote({ ...base, status: 'awaiting_confirmation', confirmBy: '2035-11-23T02:05:00.000Z' }, Date.parse('2035-11-22T02:05:00.000Z'))
    expect(note).toBe('请在 11月23日 10:05 前点「确认收款」，逾期金额退回可提现')
  })

  it('says a transfer left unconfirmed for 24 hours was cancelled and the money came back', () => {
    expect(withdrawalNote({ ...base, status: 'cancelled' })).toBe('超过 24 小时未确认收款，转账已撤销 · 金额已退回可提现')
  })

  it('says where the money went once it arrived', () => {
    expect(withdrawalNote({ ...base, status: 'succeeded' })).toBe('已转入微信零钱')
  })
})
