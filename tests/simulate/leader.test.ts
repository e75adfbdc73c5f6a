/**
 * @jest-environment jsdom
 */
import type { CommissionView, DistributorSummary } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

const SUMMARY: DistributorSummary = {
  code: 'YZ7KQ3MP',
  status: 'active',
  pendingFen: 448,
  availableFen: 296,
  withdrawnFen: 300,
  orders: 3,
  customers: 2,
  unfreezing: [{ amountFen: 448, unfreezeAt: '2035-11-29T02:00:00.000Z' }],
  awaitingConfirmation: [],
  rateBps: 1500,
  minWithdrawFen: 100,
  maxWithdrawalsPerDay: 7,
}

const COMMISSION: CommissionView = {
  orderId: 'o1',
  title: '燕麦坚果脆',
  buyerNickname: '小满',
  paidFen: 1990,
  rateBps: 1500,
  amountFen: 298,
  status: 'pending',
  effectiveAt: '2035-11-22T02:00:00.000Z',
  unfreezeAt: '2035-11-29T02:00:00.000Z',
}

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ name, data }) => {
    if (name === 'distribution' && data.action === 'summary') return { ok: true, data: SUMMARY }
    if (name === 'distribution' && data.action === 'commissions') return { ok: true, data: { items: [COMMISSION] } }
    if (name === 'distribution' && data.action === 'bind') return { ok: true, data: { bound: false, distributor: null } }
    if (name === 'groupbuy' && data.action === 'listDeals') return { ok: true, data: { items: [] } }
    if (name === 'member' && data.action === 'me') {
      return {
        ok: true,
        data: { openid: 'o', nickname: '阿哲', avatar: '', tier: 'cocreator', growth: 0, points: 0, isAdmin: false, isDistributor: true, distributorCode: 'YZ7KQ3MP' },
      }
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  })
  const wx = (global as unknown as { wx: Record<string, unknown> }).wx
  wx.setStorageSync = () => undefined
  wx.getStorageSync = () => ''
})

describe('the built weapp leader centre', () => {
  it('shows the code, what is available, what is frozen and until when, and the commissions', async () => {
    const page = harness.renderPage('leader/pages/centre/index', { code: 'AB23CD45' })
    await waitFor(() => expect(page.querySelectorAll('.commission-item')).toHaveLength(1))
    const text = (selector: string) => page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '')
    expect(text('.leader-centre__code')).toEqual(['YZ7KQ3MP'])
    expect(text('.leader-centre__available')[0]).toContain('2.96')
    expect(text('.leader-centre__pending')[0]).toContain('¥4.48')
    expect(text('.leader-centre__unfreeze')[0]).toContain('¥4.48 将于 2035年11月29日 解冻')
    expect(text('.commission-item')[0]).toMatch(/燕麦坚果脆[\s\S]*\+¥2\.98[\s\S]*冻结中/)
  })

  it('binds the shopper to the code the page was opened with, once', () => {
    const binds = harness.calls.filter((c) => c.name === 'distribution' && c.data.action === 'bind')
    expect(binds).toEqual([{ name: 'distribution', data: { action: 'bind', code: 'AB23CD45' } }])
  })

  it("shares a card to the home page carrying the leader's code", async () => {
    const pages = (global as unknown as { getCurrentPages(): { onShareAppMessage(o: object): { path: string; title: string } }[] }).getCurrentPages()
    const share = await waitFor(() => {
      const card = pages[pages.length - 1].onShareAppMessage({ from: 'button' })
      expect(card.path).toContain('code=YZ7KQ3MP')
      return card
    })
    expect(share.path).toBe('pages/index/index?code=YZ7KQ3MP')
    expect(share.title).toBe('阿哲邀你一起拼 · 原野生活')
  })
})
