/**
 * @jest-environment jsdom
 */
import type { PostView } from '@shared/api'
import { bootWeapp, waitFor, type WeappHarness } from '../helpers/weapp-harness'

const post = (over: Partial<PostView>): PostView => ({
  postId: 'p1',
  author: { nickname: '阿青', avatar: 'cloud://env.bucket/avatars/avatar-5.png', tier: 'officer' },
  mine: false,
  text: '周末带娃去江边野餐，两瓶冷压果蔬汁一会儿就被抢光了。',
  images: ['cloud://env.bucket/ugc/seed/picnic-juice.png'],
  thumbs: ['cloud://env.bucket/ugc/seed/thumbs/picnic-juice.png'],
  verified: true,
  product: { productId: 'pr1', name: '冷压果蔬汁 3 瓶装', image: 'cloud://env.bucket/products/cold-press-juice.png', dealId: 'd1' },
  topic: '露营野餐',
  contest: null,
  allowReuse: true,
  status: 'published',
  statusNote: null,
  likes: 5,
  liked: false,
  comments: 2,
  featured: true,
  createdAt: '2035-11-20T02:00:00.000Z',
  ...over,
})

let harness: WeappHarness

beforeAll(() => {
  harness = bootWeapp(({ name, data }) => {
    if (name === 'community' && data.action === 'listPosts') {
      return { ok: true, data: { items: [post({}), post({ postId: 'p2', images: [], thumbs: [], verified: false, featured: false, likes: 0 })] } }
    }
    // The caller's own posts in review, asked for beside the first newest page.
    if (name === 'community' && data.action === 'pendingPosts') return { ok: true, data: { items: [] } }
    if (name === 'community' && data.action === 'listContests') return { ok: true, data: { items: [] } }
    if (name === 'community' && data.action === 'likePost') return { ok: true, data: { liked: true, likes: 6 } }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  })
  const wx = (global as unknown as { wx: Record<string, unknown> }).wx
  wx.setStorageSync = () => undefined
  wx.getStorageSync = () => ''
})

describe('the built weapp 社区 feed', () => {
  it('renders the posts with their photos and badges, and likes one with a tap', async () => {
    const page = harness.renderPage('pages/community/index')
    await waitFor(() => expect(page.dom?.textContent ?? '').toContain('周末带娃去江边野餐'))
    const text = page.dom?.textContent ?? ''
    expect(page.querySelectorAll('.like-button')).toHaveLength(2)
    expect(text).toContain('已购认证')
    expect(text).toContain('露营野餐')
    const feedCall = harness.calls.find((c) => c.name === 'community' && c.data.action === 'listPosts')
    expect(feedCall?.data).toMatchObject({ sort: 'newest' })
    expect(page.querySelectorAll('.post-photos__cell')).toHaveLength(1)

    // A tap on the heart likes the post and shows the server's count.
    page.querySelectorAll('.like-button')[0].dispatchEvent('tap')
    await waitFor(() => expect(harness.calls.some((c) => c.data.action === 'likePost')).toBe(true))
    expect(harness.calls.find((c) => c.data.action === 'likePost')?.data).toMatchObject({ postId: 'p1', like: true })
    await waitFor(() => expect(page.querySelectorAll('.like-button__count')[0].dom?.textContent).toBe('6'))
  })
})
