import { posterImages, posterTarget } from '@/components/share-poster/poster-target'
import { cardScene, groupQuery } from '@/utils/poster-scene'
import { cardPath } from '@/utils/page-paths'

describe("a leader's card", () => {
  it('opens the home page with the leader’s code', () => {
    expect(cardPath('YZ7KQ3MP')).toBe('pages/index/index?code=YZ7KQ3MP')
  })

  it('carries the code in its poster’s scene, read back as the arrival code', () => {
    const scene = cardScene('YZ7KQ3MP')
    expect(scene.length).toBeLessThanOrEqual(32)
    expect(groupQuery({ scene: encodeURIComponent(scene) }).code).toBe('YZ7KQ3MP')
  })

  it('points the poster’s code at the home page, and shows up to three deals', () => {
    const picks = [1, 2, 3, 4].map((i) => ({ title: `好物${i}`, image: `cloud://x/p${i}.png`, groupPriceFen: 1990 }))
    const content = { kind: 'card' as const, code: 'YZ7KQ3MP', sharerNickname: '阿哲', picks }
    expect(posterTarget(content)).toEqual({ page: 'pages/index/index', path: 'pages/index/index?code=YZ7KQ3MP', scene: '.YZ7KQ3MP' })
    expect(posterImages(content)).toEqual(['cloud://x/p1.png', 'cloud://x/p2.png', 'cloud://x/p3.png'])
  })

  it('leaves a group poster pointing at its group', () => {
    const content = {
      kind: 'group' as const, groupId: 'g1', code: 'AB23CD45', title: '燕麦', image: 'cloud://x/a.png',
      groupPriceFen: 1990, soloPriceFen: null, groupSize: 2, membersNeeded: 1, sharerNickname: '小满',
    }
    expect(posterTarget(content)).toMatchObject({ page: 'group/pages/detail/index', path: 'group/pages/detail/index?id=g1&code=AB23CD45' })
  })
})
