import { movedPageUrl } from '@/utils/moved-pages'

describe('pages that moved into subpackages (issue 18): old paths on cards and messages still open them', () => {
  it('sends each old path, with its query, to the new one', () => {
    expect(movedPageUrl('pages/group/index', { id: 'g1', code: 'YZ7KQ3MP' })).toBe('/group/pages/detail/index?id=g1&code=YZ7KQ3MP')
    expect(movedPageUrl('pages/leader/index', { tab: 'withdrawals' })).toBe('/leader/pages/centre/index?tab=withdrawals')
    expect(movedPageUrl('/pages/withdraw/index', {})).toBe('/leader/pages/withdraw/index')
    expect(movedPageUrl('pages/leader-apply/index')).toBe('/leader/pages/apply/index')
  })

  it('encodes the query again and drops values that are not text', () => {
    expect(movedPageUrl('pages/group/index', { id: 'a b&c', n: 3, empty: '', none: null })).toBe('/group/pages/detail/index?id=a%20b%26c')
  })

  it('answers null for pages that never moved and for anything that is not a path', () => {
    for (const path of ['pages/deal/index', 'pages/index/index', 'group/pages/detail/index', '', undefined, null, 42, {}]) {
      expect(movedPageUrl(path, { id: 'x' })).toBeNull()
    }
  })
})
