/**
 * @jest-environment jsdom
 */
import type { GroupView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'
import { DEAL } from '../helpers/consent'

const GROUP: GroupView = {
  groupId: 'g1',
  dealId: 'oat-crisps',
  // The consent tests' deal, with pickup as well as express and no description.
  deal: { ...DEAL, description: '', delivery: { ...DEAL.delivery, pickup: true } },
  status: 'open',
  size: 2,
  seatsTaken: 1,
  paidCount: 1,
  seatsLeft: 1,
  openedAt: '2025-01-01T00:00:00.000Z',
  expiresAt: '2035-01-01T00:00:00.000Z',
  members: [{ nickname: '小满', avatar: '', isLeader: true, paid: true }],
  myOrder: null,
  joinBlockedReason: null,
}

let harness: WeappHarness
// miniprogram-simulate stubs storage out: keep what the page stores.
const stored = new Map<string, unknown>()

beforeAll(() => {
  harness = bootWeapp(({ name, data }) => {
    if (name === 'groupbuy' && data.action === 'getGroup') return { ok: true, data: { group: GROUP } }
    if (name === 'member' && data.action === 'me') {
      return {
        ok: true,
        data: { openid: 'o', nickname: '阿哲', avatar: '', tier: 'cocreator', growth: 0, points: 0, isAdmin: false, isDistributor: true, distributorCode: 'YZ7KQ3MP' },
      }
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  })
  const wx = (global as unknown as { wx: Record<string, unknown> }).wx
  wx.setStorageSync = (key: string, value: unknown) => stored.set(key, value)
  wx.getStorageSync = (key: string) => stored.get(key) ?? ''
})

describe('the built weapp group page', () => {
  it('shows an open group from a share card: seats, what is missing and the join button', async () => {
    const page = harness.renderPage('group/pages/detail/index', { id: 'g1', code: 'AB23CD45' })
    await waitFor(() => expect(page.querySelectorAll('.group-headline__title')).toHaveLength(1))
    const text = (selector: string) => page.querySelectorAll(selector).map((node) => node.dom?.textContent)
    expect(text('.group-headline__title')).toEqual(['还差 1 人'])
    expect(page.querySelectorAll('.group-seat--taken')).toHaveLength(1)
    expect(page.querySelectorAll('.group-seat--empty')).toHaveLength(1)
    expect(text('.group-actions__primary--join')[0]).toContain('参与拼团 ¥19.90')
    expect(harness.calls).toContainEqual({ name: 'groupbuy', data: { action: 'getGroup', groupId: 'g1' } })
  })

  it("shares a card to this group carrying the viewer's own distribution code", async () => {
    const pages = (global as unknown as { getCurrentPages(): { onShareAppMessage(o: object): { path: string; title: string } }[] }).getCurrentPages()
    const share = await waitFor(() => {
      const card = pages[pages.length - 1].onShareAppMessage({ from: 'menu' })
      expect(card.path).toContain('code=YZ7KQ3MP')
      return card
    })
    expect(share.path).toBe('group/pages/detail/index?id=g1&code=YZ7KQ3MP')
    expect(share.title).toContain('还差1人成团')
  })

  it('keeps the code the card carried, for the orders this shopper places', () => {
    expect(stored.get('gongying.arrivalCode')).toBe('AB23CD45')
  })
})
