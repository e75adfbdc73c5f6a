/**
 * @jest-environment jsdom
 */
import { bootWeapp, TEST_BUILD_ENV, waitFor, type WeappHarness } from '../helpers/weapp-harness'
import { PAYING_APIS } from '../helpers/consent'

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ data }) => {
    if (data.action === 'postableOrders') return { ok: true, data: { items: [] } }
    if (data.action === 'listContests') return { ok: true, data: { items: [] } }
    if (data.action === 'createPost') return { ok: true, data: { postId: 'p-new', status: 'published' } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  }, PAYING_APIS)
})

describe('subscription consent when publishing a post (发布 → 评论提醒)', () => {
  it('asks for the comment notice inside the 发布 tap, before createPost', async () => {
    const page = harness.renderPage('community/pages/new-post/index', {})
    await waitFor(() => expect(page.querySelectorAll('.new-post__text')).toHaveLength(1))
    page.querySelectorAll('.new-post__text')[0].dispatchEvent('input', { detail: { value: '燕麦脆配酸奶，早餐五分钟搞定' } })
    await waitFor(() => expect(page.querySelectorAll('.new-post__submit')[0].dom?.hasAttribute('disabled') ?? false).toBe(false))
    const before = harness.log.length
    page.querySelectorAll('.new-post__submit')[0].dispatchEvent('tap')
    await waitFor(() => expect(harness.log.slice(before).some((c) => (c.args.data as { action?: string })?.action === 'createPost')).toBe(true))
    const steps = harness.log
      .slice(before)
      .filter((c) => c.api === 'requestSubscribeMessage' || (c.args.data as { action?: string })?.action === 'createPost')
      .map((c) => `${c.api === 'requestSubscribeMessage' ? c.api : 'createPost'}${c.inTap ? ' (in tap)' : ''}`)
    expect(steps).toEqual(['requestSubscribeMessage (in tap)', 'createPost'])
    expect(harness.log.find((c) => c.api === 'requestSubscribeMessage')?.args).toEqual({ tmplIds: [TEST_BUILD_ENV.WX_TMPL_POST_COMMENTED] })
  })
})
