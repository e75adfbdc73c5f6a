/**
 * @jest-environment jsdom
 */
import type { DealView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

const deal = (id: string, title: string, groupPriceFen: number): DealView => ({
  dealId: id,
  productId: 'p-' + id,
  title,
  subtitle: '社群共创配方',
  image: 'cloud://gongying-local.local-bucket/products/' + id + '.png',
  images: [],
  description: '',
  groupPriceFen,
  soloPriceFen: groupPriceFen + 1000,
  groupSize: 3,
  timeLimitMinutes: 1440,
  perUserLimit: 5,
  stockLeft: 20,
  soldCount: 7,
  startAt: '2025-01-01T00:00:00.000Z',
  endAt: '2035-01-01T00:00:00.000Z',
  autoComplete: true,
  commissionBps: 1500,
  status: 'active',
  phase: 'on_sale',
  tags: ['共创新品'],
  delivery: { express: true, pickup: true, shippingFeeFen: 0, freeFromFen: null },
    coCreation: null,
    presale: null,
    categoryId: null,
})

const FIXTURE = [deal('morning-bowl', '晨光能量碗', 2990), deal('oat-crisps', '烘焙燕麦脆', 1990)]

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ name, data }) =>
    name === 'groupbuy' && data.action === 'listDeals'
      ? { ok: true, data: { items: FIXTURE } }
      : { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } },
  )
})

describe('the built weapp home page', () => {
  it('lists the deals that groupbuy.listDeals returns, one card each', async () => {
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
    expect(harness.calls).toContainEqual({ name: 'groupbuy', data: { action: 'listDeals' } })
  })
})
