import { flipLike, likeCountText, withLike } from '@/utils/post-like'

describe('a like as it shows the moment it is tapped', () => {
  it('likes: on, one more', () => {
    expect(flipLike({ liked: false, likes: 4 })).toEqual({ liked: true, likes: 5 })
  })

  it('unlikes: off, one fewer, never below zero', () => {
    expect(flipLike({ liked: true, likes: 5 })).toEqual({ liked: false, likes: 4 })
    expect(flipLike({ liked: true, likes: 0 })).toEqual({ liked: false, likes: 0 })
  })

  it('tapping twice comes back to where it was', () => {
    const start = { liked: false, likes: 12 }
    expect(flipLike(flipLike(start))).toEqual(start)
  })
})

describe('likeCountText', () => {
  it.each([
    [0, '赞'],
    [1, '1'],
    [9999, '9999'],
    [10000, '1万'],
    [12345, '1.2万'],
  ])('%i reads %s', (likes, text) => {
    expect(likeCountText(likes)).toBe(text)
  })
})

describe('withLike', () => {
  it('changes only the post that was liked, leaving the list alone', () => {
    const posts = [
      { postId: 'a', liked: false, likes: 1 },
      { postId: 'b', liked: false, likes: 2 },
    ]
    const next = withLike(posts, 'b', { liked: true, likes: 3 })
    expect(next).toEqual([posts[0], { postId: 'b', liked: true, likes: 3 }])
    expect(posts[1].likes).toBe(2)
  })
})
