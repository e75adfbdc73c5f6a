/**
 * @jest-environment jsdom
 */
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

type Answer = { event: string; buttonId?: string }
type Resolve = (answer: Answer) => void

let harness: WeappHarness
// What the app registered with wx.onNeedPrivacyAuthorization at launch.
let needsAuthorization: ((resolve: Resolve, info: { referrer: string }) => void) | undefined

beforeAll(() => {
  harness = bootWeapp(
    ({ data }) => (data.action === 'myOrders' ? { ok: true, data: { items: [] } } : { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }),
    {},
    { onNeedPrivacyAuthorization: (listener: typeof needsAuthorization) => (needsAuthorization = listener) },
  )
})

/** WeChat asking, as it does before a privacy-guarded API first runs: the answers the app gives. */
function wechatAsks(): Answer[] {
  const answers: Answer[] = []
  needsAuthorization?.((answer) => answers.push(answer), { referrer: 'chooseMedia' })
  return answers
}

describe('the privacy sheet (隐私保护指引) in the built weapp', () => {
  let page: ReturnType<WeappHarness['renderPage']>

  it('listens for WeChat’s privacy request from launch, and shows nothing until asked', async () => {
    page = harness.renderPage('pages/orders/index', {})
    await waitFor(() => expect(needsAuthorization).toBeInstanceOf(Function))
    await waitFor(() => expect(page.querySelectorAll('.orders-page, .page-shell').length).toBeGreaterThan(0))
    expect(page.querySelectorAll('.privacy-sheet')).toHaveLength(0)
  })

  it('shows the sheet when asked (reporting it seen), with the policy link; 拒绝 answers disagree and closes it', async () => {
    const answers = wechatAsks()
    await waitFor(() => expect(page.querySelectorAll('.privacy-sheet')).toHaveLength(1))
    expect(answers).toEqual([{ event: 'exposureAuthorization' }])
    expect(page.querySelectorAll('.privacy-sheet__link')[0].dom?.textContent).toContain('隐私保护指引')
    page.querySelectorAll('.privacy-sheet__cancel')[0].dispatchEvent('tap')
    await waitFor(() => expect(page.querySelectorAll('.privacy-sheet')).toHaveLength(0))
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }])
  })

  it('同意 is WeChat’s agree button; its event answers agree with that button’s id, for every call waiting', async () => {
    const first = wechatAsks()
    const second = wechatAsks()
    await waitFor(() => expect(page.querySelectorAll('.privacy-sheet')).toHaveLength(1))
    const agree = page.querySelectorAll('.privacy-sheet__agree')[0]
    // The id WeChat checks was tapped before it accepts `agree` (the rendered node's id; j-component keeps it off the DOM).
    expect((agree as unknown as { _exparserNode: { id: string } })._exparserNode.id).toBe('privacy-agree')
    agree.dispatchEvent('agreeprivacyauthorization')
    await waitFor(() => expect(page.querySelectorAll('.privacy-sheet')).toHaveLength(0))
    for (const answers of [first, second]) expect(answers.at(-1)).toEqual({ buttonId: 'privacy-agree', event: 'agree' })
  })
})
