import { adminDealStatus, nextListingStatus } from '@/admin/deal-status'

describe('a deal as the operator sees it', () => {
  it.each([
    ['draft', 'on_sale', '草稿'],
    ['closed', 'on_sale', '已下架'],
    ['active', 'on_sale', '在售'],
    ['active', 'upcoming', '未开始'],
    ['active', 'sold_out', '已售罄'],
    ['active', 'ended', '已结束'],
  ] as const)('status %s in phase %s reads %s', (status, phase, label) => {
    expect(adminDealStatus({ status, phase }).label).toBe(label)
  })

  it.each([
    ['draft', 'active'],
    ['closed', 'active'],
    ['active', 'closed'],
  ] as const)('the listing button moves a %s deal to %s', (status, next) => {
    expect(nextListingStatus({ status })).toBe(next)
  })
})
