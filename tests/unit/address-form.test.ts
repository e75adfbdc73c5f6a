import { addressLine, addressProblem, cleanAddress, EMPTY_ADDRESS, fromWechatAddress, maskPhone, regionText } from '@/utils/address-form'

const good = { name: '小满', phone: '13800138000', region: ['上海市', '上海市', '徐汇区'] as [string, string, string], detail: '漕溪北路 1 号' }

describe('addressProblem (the address form before sending)', () => {
  it('lets a complete address with a mainland mobile go', () => {
    expect(addressProblem(good)).toBeNull()
  })
  it('names the first missing or wrong field, in Chinese', () => {
    expect(addressProblem(EMPTY_ADDRESS)).toEqual({ field: 'name', message: '请填写收货人' })
    expect(addressProblem({ ...good, phone: '' })?.field).toBe('phone')
    expect(addressProblem({ ...good, phone: '12800138000' })).toEqual({ field: 'phone', message: '请填写11位手机号' })
    expect(addressProblem({ ...good, region: ['上海市', '', '徐汇区'] })?.field).toBe('region')
    expect(addressProblem({ ...good, detail: '  ' })?.field).toBe('detail')
  })
  it('trims what is sent', () => {
    expect(cleanAddress({ ...good, name: ' 小满 ', detail: ' 1 号 ' })).toMatchObject({ name: '小满', detail: '1 号' })
  })
})

describe('addresses as shown', () => {
  it('says a city named like its province once', () => {
    expect(regionText(['上海市', '上海市', '徐汇区'])).toBe('上海市 徐汇区')
    expect(regionText(['浙江省', '杭州市', '西湖区'])).toBe('浙江省 杭州市 西湖区')
    expect(addressLine(good)).toBe('上海市 徐汇区 漕溪北路 1 号')
  })
  it('masks the middle of a phone number in lists', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
  })
  it("takes WeChat's chosen address as it is, digits only in the phone", () => {
    expect(
      fromWechatAddress({ userName: '小满', telNumber: '138-0013-8000', provinceName: '浙江省', cityName: '杭州市', countyName: '西湖区', detailInfo: '文三路 1 号 ' }),
    ).toEqual({ name: '小满', phone: '13800138000', region: ['浙江省', '杭州市', '西湖区'], detail: '文三路 1 号' })
  })
})
