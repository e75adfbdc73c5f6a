/**
 * @jest-environment jsdom
 */
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'
import { ADDRESS, DEAL, GROUP_RESULT_TEMPLATE, PAYING_APIS, paymentSteps, tapAndPay, WECHAT_PAYMENT } from '../helpers/consent'

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ data }) => {
    if (data.action === 'getDeal') return { ok: true, data: { deal: DEAL, openGroups: [], posts: [], shareEarnFen: null } }
    if (data.action === 'addresses') return { ok: true, data: { items: [ADDRESS] } }
    if (data.action === 'myCoupons') return { ok: true, data: { items: [], counts: { active: 0, used: 0, expired: 0 } } }
    if (data.action === 'startGroup') return { ok: true, data: { groupId: 'g-new', orderId: 'o-start', payment: WECHAT_PAYMENT } }
    if (data.action === 'buySolo') return { ok: true, data: { orderId: 'o-solo', payment: WECHAT_PAYMENT } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  }, PAYING_APIS)
})

describe('subscription consent on the deal page (开团 / 单独购买 → 去支付)', () => {
  let page: ReturnType<WeappHarness['renderPage']>

  /** Opens the checkout sheet with `button`, waits for the saved address, and taps 去支付. */
  async function payThroughCheckout(button: string) {
    page.querySelectorAll(button)[0].dispatchEvent('tap')
    await waitFor(() => expect(page.querySelectorAll('.address-option--selected')).toHaveLength(1))
    return tapAndPay(harness.log, page.querySelectorAll('.checkout-sheet__pay')[0])
  }

  it('开团: asks for the group-result notice inside the tap, then places the order, then pays', async () => {
    page = harness.renderPage('pages/deal/index', { id: DEAL.dealId })
    await waitFor(() => expect(page.querySelectorAll('.action-bar__start')).toHaveLength(1))
    const steps = await payThroughCheckout('.action-bar__start')
    expect(paymentSteps(steps)).toEqual(['requestSubscribeMessage (in tap)', 'startGroup', 'requestPayment'])
    expect(steps.find((c) => c.api === 'requestSubscribeMessage')?.args).toEqual({ tmplIds: [GROUP_RESULT_TEMPLATE] })
  })

  it('单独购买: the same order, the request before buySolo', async () => {
    await waitFor(() => expect(page.querySelectorAll('.checkout-sheet')).toHaveLength(0))
    const steps = await payThroughCheckout('.action-bar__solo')
    expect(paymentSteps(steps)).toEqual(['requestSubscribeMessage (in tap)', 'buySolo', 'requestPayment'])
  })
})
