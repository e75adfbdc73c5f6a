import { storageUrl } from '@/services/images'

describe('storageUrl (h5 image mapping)', () => {
  it('maps a cloud file id to the local cloud storage path', () => {
    expect(storageUrl('cloud://gongying-local.local-bucket/products/morning-bowl.png')).toBe(
      '/storage/products/morning-bowl.png',
    )
  })

  it('keeps nested folders', () => {
    expect(storageUrl('cloud://env-1a2b.6465-env-1a2b-1300000000/brand/brand-logo.png')).toBe(
      '/storage/brand/brand-logo.png',
    )
  })

  it.each(['https://example.com/a.png', '/storage/a.png', 'cloud://no-path'])('leaves %s unchanged', (src) => {
    expect(storageUrl(src)).toBe(src)
  })
})
