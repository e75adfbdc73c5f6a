const mockBind = jest.fn()
jest.mock('@/services/distribution', () => ({ bind: (code: string) => mockBind(code) }))
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { getStorageSync: jest.fn(), setStorageSync: jest.fn() } }))

// eslint-disable-next-line import/first
import { bindArrivalCode } from '@/services/arrival-code'

describe('binding on arrival', () => {
  beforeEach(() => mockBind.mockReset().mockResolvedValue({ bound: true, distributor: null }))

  it('asks the cloud once per code per session, whatever the letter case', () => {
    bindArrivalCode('YZ7KQ3MP')
    bindArrivalCode('YZ7KQ3MP')
    bindArrivalCode('yz7kq3mp')
    expect(mockBind).toHaveBeenCalledTimes(1)
    expect(mockBind).toHaveBeenCalledWith('YZ7KQ3MP')
  })

  it('asks again for another code', () => {
    bindArrivalCode('AB23CD45')
    expect(mockBind).toHaveBeenCalledWith('AB23CD45')
  })

  it('ignores what is not a code', () => {
    bindArrivalCode(undefined)
    bindArrivalCode('')
    bindArrivalCode('a b')
    expect(mockBind).not.toHaveBeenCalled()
  })

  it('stays quiet when the cloud refuses or fails', async () => {
    mockBind.mockRejectedValue(new Error('offline'))
    expect(() => bindArrivalCode('QQ23CD45')).not.toThrow()
    await new Promise((r) => setTimeout(r, 0))
  })
})
