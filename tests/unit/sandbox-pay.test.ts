import Taro from '@tarojs/taro'
import { pay } from '@/services/payment'
import { registerPaySheet, type PayRequest } from '@/services/pay-sheet-bus'
import { AppError } from '@/services/app-error'

// The real @tarojs/taro is an ES module for the mini-program runtime: stand in for the one call used.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { requestPayment: jest.fn() } }))

const payment = { provider: 'sandbox', orderId: 'o1', amountFen: 1990, description: '燕麦坚果脆 · 拼团' } as const

describe('pay() with the h5 sandbox pay sheet', () => {
  const env = process.env.TARO_ENV
  let requests: PayRequest[]
  let unregister: () => void
  let posted: { url: string; body: string; openid: string }[]

  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    requests = []
    posted = []
    unregister = registerPaySheet((r) => requests.push(r))
  })
  afterEach(() => {
    unregister()
    process.env.TARO_ENV = env
  })

  const answer = (envelope: unknown) => {
    global.fetch = jest.fn(async (url: string, init: RequestInit) => {
      posted.push({ url, body: String(init.body), openid: (init.headers as Record<string, string>)['x-wx-openid'] })
      return { json: async () => envelope } as Response
    }) as unknown as typeof fetch
  }

  it('shows the sheet, and on confirm delivers the payment through POST /dev/pay', async () => {
    answer({ ok: true, data: { status: 'paid' } })
    const paying = pay(payment)
    expect(requests).toHaveLength(1)
    expect(requests[0].payment).toEqual(payment)
    await requests[0].confirm()
    await expect(paying).resolves.toBe('paid')
    expect(posted).toEqual([{ url: '/dev/pay', body: JSON.stringify({ orderId: 'o1' }), openid: 'demo-shopper' }])
  })

  it('answers cancelled when the shopper closes the sheet, and posts nothing', async () => {
    answer({ ok: true, data: { status: 'paid' } })
    const paying = pay(payment)
    requests[0].cancel()
    await expect(paying).resolves.toBe('cancelled')
    expect(posted).toHaveLength(0)
  })

  it('rejects with the error of the local cloud', async () => {
    answer({ ok: false, error: { code: 'ORDER_STATE', message: '订单状态不允许此操作' } })
    const paying = pay(payment)
    await requests[0].confirm()
    await expect(paying).rejects.toEqual(new AppError('ORDER_STATE', '订单状态不允许此操作'))
  })

  it('shows the request on the sheet registered last (the page on screen)', () => {
    const top: PayRequest[] = []
    const off = registerPaySheet((r) => top.push(r))
    void pay(payment)
    expect(top).toHaveLength(1)
    expect(requests).toHaveLength(0)
    off()
  })
})

describe('pay() with WeChat Pay', () => {
  const wechat = { provider: 'wechat', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' } as const
  const requestPayment = Taro.requestPayment as unknown as jest.Mock

  it('hands the parameters to wx.requestPayment without the provider', async () => {
    requestPayment.mockResolvedValueOnce({ errMsg: 'requestPayment:ok' })
    await expect(pay(wechat)).resolves.toBe('paid')
    expect(requestPayment).toHaveBeenLastCalledWith({ timeStamp: '1', nonceStr: 'n', package: 'prepay_id=p', signType: 'RSA', paySign: 's' })
  })

  it('answers cancelled when the shopper closes WeChat Pay', async () => {
    requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail cancel' })
    await expect(pay(wechat)).resolves.toBe('cancelled')
  })

  it('rejects with a Chinese message when WeChat Pay fails', async () => {
    requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail system error' })
    await expect(pay(wechat)).rejects.toThrow('支付没有成功')
  })
})
