/**
 * @jest-environment jsdom
 */
import type { DealCardView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

const deal = (id: string, title: string, groupPriceFen: number): DealCardView => ({
  dealId: id,
  title,
  subtitle: '社群共创配方',
  thumb: 'cloud://gongying-local.local-bucket/products/thumbs/' + id + '.png',
  groupPriceFen,
  soloPriceFen: groupPriceFen + 1000,
  groupSize: 3,
  stockLeft: 20,
  soldCount: 7,
  startAt: '2025-01-01T00:00:00.000Z',
  endAt: '2035-01-01T00:00:00.000Z',
  autoComplete: true,
  phase: 'on_sale',
  tags: ['共创新品'],
  categoryId: null,
})

const FIXTURE = [deal('morning-bowl', '晨光能量碗', 2990), deal('oat-crisps', '烘焙燕麦脆', 1990)]

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ name, data }) =>
    name === 'groupbuy' && data.action === 'home'
      ? { ok: true, data: { deals: { items: FIXTURE }, categories: [], polls: { open: 0, title: null }, photos: [] } }
      : { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } },
  )
})

describe('the built weapp home page', () => {
  it('lists the deals that its one first call (groupbuy.home) returns, one card each', async () => {
    const page = harness.renderPage('pages/index/index')
    const cards = await waitFor(() => {
      const found = page.querySelectorAll('.deal-card')
      expect(found).toHaveLength(2)
      return found
    })
    // Only a component answers querySelector: look titles up from the page.
    const titles = page.querySelectorAll('.deal-card__title').map((title) => title.dom?.textContent)
    expect(titles).toEqual(['晨光能量碗', '烘焙燕麦脆'])
    expect(cards[0].dom?.textContent).toContain('¥29.90')
    expect(cards[0].dom?.textContent).toContain('3人团')
    expect(harness.calls).toEqual([{ name: 'groupbuy', data: { action: 'home' } }])
  })
})
