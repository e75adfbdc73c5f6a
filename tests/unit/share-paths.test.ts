import { adminDealEditPath, dealPath, groupPath, withQuery } from '@/utils/page-paths'

describe('share card paths', () => {
  it('carries the group id and the sharer code', () => {
    expect(groupPath('abc123', 'YZ7KQ3MP')).toBe('group/pages/detail/index?id=abc123&code=YZ7KQ3MP')
  })

  it('leaves out a missing code', () => {
    expect(groupPath('abc123')).toBe('group/pages/detail/index?id=abc123')
    expect(groupPath('abc123', null)).toBe('group/pages/detail/index?id=abc123')
    expect(dealPath('d1', '')).toBe('pages/deal/index?id=d1')
  })

  it('carries the deal id and code for a deal card', () => {
    expect(dealPath('d1', 'YZ7KQ3MP')).toBe('pages/deal/index?id=d1&code=YZ7KQ3MP')
  })

  it('encodes what it carries', () => {
    expect(withQuery('p', { id: 'a&b=c' })).toBe('p?id=a%26b%3Dc')
  })

  it('opens the deal editor empty without an id', () => {
    expect(adminDealEditPath()).toBe('admin/pages/deal-edit/index')
    expect(adminDealEditPath('d1')).toBe('admin/pages/deal-edit/index?id=d1')
  })
})
