import { draftProblem, photosLeft, textCounter } from '@/utils/post-draft'

const done = { status: 'done' as const }

describe('the text counter of a new post', () => {
  it('counts what was typed against 1000', () => {
    expect(textCounter('')).toEqual({ label: '0/1000', over: false })
    expect(textCounter('好吃')).toEqual({ label: '2/1000', over: false })
    expect(textCounter('a'.repeat(1000))).toEqual({ label: '1000/1000', over: false })
    expect(textCounter('a'.repeat(1001)).over).toBe(true)
  })

  it('counts an emoji as one character, as the server does', () => {
    expect(textCounter('好吃😋')).toEqual({ label: '3/1000', over: false })
  })
})

describe('draftProblem (why a post cannot be sent yet)', () => {
  it('lets a post with text and uploaded photos go', () => {
    expect(draftProblem({ text: '今天的早餐', photos: [done, done] })).toBeNull()
    expect(draftProblem({ text: '只有文字也可以', photos: [] })).toBeNull()
    expect(draftProblem({ text: '', photos: [done] })).toBeNull()
  })

  it('asks for some text or a photo', () => {
    expect(draftProblem({ text: '   \n', photos: [] })).toBe('写点什么或加张图片吧')
  })

  it('refuses more than 1000 characters or 9 photos', () => {
    expect(draftProblem({ text: 'a'.repeat(1001), photos: [] })).toBe('文字最多 1000 字')
    expect(draftProblem({ text: 'ok', photos: Array(10).fill(done) })).toBe('最多 9 张图片')
  })

  it('waits for photos still uploading, and asks to retry or remove a failed one', () => {
    expect(draftProblem({ text: 'ok', photos: [done, { status: 'uploading' }] })).toBe('图片还在上传，请稍候')
    expect(draftProblem({ text: 'ok', photos: [{ status: 'failed' }] })).toBe('有图片上传失败，请重试或删除')
  })

  it('counts the photos that may still be picked', () => {
    expect(photosLeft(0)).toBe(9)
    expect(photosLeft(7)).toBe(2)
    expect(photosLeft(9)).toBe(0)
    expect(photosLeft(12)).toBe(0)
  })
})
