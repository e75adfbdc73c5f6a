import { groupQuery, parseScene, posterScene, SCENE_MAX } from '@/utils/poster-scene'

const GROUP_ID = '5f2b56c1dbca14b2adfc9b37f055d45a'

describe('the scene of a poster code', () => {
  it('fits a 32-hex group id and an 8-character code into 32 characters', () => {
    const scene = posterScene(GROUP_ID, 'YZ7KQ3MP')
    expect(scene.length).toBeLessThanOrEqual(SCENE_MAX)
    expect(scene).toMatch(/^[A-Za-z0-9_.-]+$/)
    expect(parseScene(scene)).toEqual({ groupId: GROUP_ID, code: 'YZ7KQ3MP' })
  })

  it('round-trips any group id', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(Math.random() * 16)]).join('')
      expect(parseScene(posterScene(id))).toEqual({ groupId: id })
    }
  })

  it('reads a URL-encoded scene, as the page receives it', () => {
    expect(parseScene(encodeURIComponent(posterScene(GROUP_ID, 'AB23CD45')))).toEqual({ groupId: GROUP_ID, code: 'AB23CD45' })
  })

  it('drops the code rather than overflow for an id it cannot pack', () => {
    const long = 'x'.repeat(30)
    expect(posterScene(long, 'YZ7KQ3MP')).toBe(long)
  })
})

describe('a group page query', () => {
  it('prefers id and code from a share card', () => {
    expect(groupQuery({ id: 'g1', code: 'YZ7KQ3MP' })).toEqual({ groupId: 'g1', code: 'YZ7KQ3MP' })
  })

  it('falls back to the scene of a scanned poster', () => {
    expect(groupQuery({ scene: posterScene(GROUP_ID, 'YZ7KQ3MP') })).toEqual({ groupId: GROUP_ID, code: 'YZ7KQ3MP' })
  })

  it('has no group without either', () => {
    expect(groupQuery({})).toEqual({})
  })
})
