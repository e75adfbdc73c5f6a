import { ugcCloudPath } from '@/services/storage'
import { pathRefusal } from '../../emulator/http/upload'

jest.mock('@tarojs/taro', () => ({}))

describe('ugcCloudPath', () => {
  const may = new Date(2026, 4, 3)

  it("puts a photo in the uploader's own folder, by month, under a random name", () => {
    expect(ugcCloudPath('oAbC-12_x', 'PNG', may, () => 0.5)).toBe('ugc/oAbC-12_x/202605/iiiiiiiiiiiiiiii.png')
    expect(ugcCloudPath('u', 'jpeg', may, () => 0)).toBe('ugc/u/202605/0000000000000000.jpg')
    expect(ugcCloudPath('u', 'heic', may, () => 0)).toMatch(/\.jpg$/)
  })

  it('is a path the local cloud accepts from that uploader only', () => {
    const cloudPath = ugcCloudPath('demo-shopper', 'webp', may)
    expect(pathRefusal(cloudPath, 'demo-shopper')).toBeNull()
    expect(pathRefusal(cloudPath, 'demo-officer')).toMatchObject({ status: 403, code: 'FORBIDDEN' })
  })
})
