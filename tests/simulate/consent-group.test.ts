/**
 * @jest-environment jsdom
 */
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'
import { ADDRESS, GROUP_RESULT_TEMPLATE, OPEN_GROUP, PAYING_APIS, paymentSteps, tapAndPay, WECHAT_PAYMENT } from '../helpers/consent'

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ data }) => {
    if (data.action === 'getGroup') return { ok: true, data: { group: OPEN_GROUP } }
    if (data.action === 'addresses') return { ok: true, data: { items: [ADDRESS] } }
    if (data.action === 'myCoupons') return { ok: true, data: { items: [], counts: { active: 0, used: 0, expired: 0 } } }
    if (data.action === 'joinGroup') return { ok: true, data: { orderId: 'o-join', payment: WECHAT_PAYMENT } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  }, PAYING_APIS)
})

describe('subscription consent on the group page (参与拼团 → 去支付)', () => {
  it('asks for the group-result notice inside the tap, before joinGroup, then pays', async () => {
    const page = harness.renderPage('group/pages/detail/index', { id: OPEN_GROUP.groupId })
    await waitFor(() => expect(page.querySelectorAll('.group-actions__primary--join')).toHaveLength(1))
    page.querySelectorAll('.group-actions__primary--join')[0].dispatchEvent('tap')
    await waitFor(() => expect(page.querySelectorAll('.address-option--selected')).toHaveLength(1))
    const steps = await tapAndPay(harness.log, page.querySelectorAll('.checkout-sheet__pay')[0])
    expect(paymentSteps(steps)).toEqual(['requestSubscribeMessage (in tap)', 'joinGroup', 'requestPayment'])
    expect(steps.find((c) => c.api === 'requestSubscribeMessage')?.args).toEqual({ tmplIds: [GROUP_RESULT_TEMPLATE] })
  })
})
