import { addPictures, MAX_DEAL_PICTURES, movePictureEarlier, picturesOf, togglePicture } from '@/admin/pages/deal-edit/picture-list'

describe("a deal's pictures, the cover first", () => {
  it('reads the cover then the others, never twice, none empty', () => {
    expect(picturesOf({ image: 'a', images: ['a', 'b', 'c'] })).toEqual(['a', 'b', 'c'])
    expect(picturesOf({ image: '', images: [] })).toEqual([])
  })

  it('adds uploads at the end, at most nine, none twice', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `p${i}`)
    expect(addPictures(eight, ['p1', 'x', 'y'])).toEqual([...eight, 'x'])
    expect(addPictures(eight, ['x', 'y'])).toHaveLength(MAX_DEAL_PICTURES)
  })

  it('toggles a built-in picture in and out', () => {
    expect(togglePicture(['a'], 'b')).toEqual(['a', 'b'])
    expect(togglePicture(['a', 'b'], 'a')).toEqual(['b'])
  })

  it('moves one earlier; moved to the front it is the cover', () => {
    expect(movePictureEarlier(['a', 'b', 'c'], 2)).toEqual(['a', 'c', 'b'])
    expect(movePictureEarlier(['a', 'b', 'c'], 1)).toEqual(['b', 'a', 'c'])
    expect(movePictureEarlier(['a', 'b'], 0)).toEqual(['a', 'b'])
  })
})
