import { photoGridColumns, previewPhotos } from '@/utils/photo-grid'

describe('photoGridColumns (a post photo grid like WeChat Moments)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 2],
    [5, 3],
    [6, 3],
    [9, 3],
  ])('%i photos take %i columns', (count, columns) => {
    expect(photoGridColumns(count)).toBe(columns)
  })

  it('treats no photos like one', () => {
    expect(photoGridColumns(0)).toBe(1)
  })
})

describe('previewPhotos (the home strip\'s thumbnails)', () => {
  it('takes each post\'s first photo before anyone\'s second', () => {
    const posts = [{ images: ['a1', 'a2'] }, { images: [] }, { images: ['b1'] }, { images: ['c1', 'c2'] }]
    expect(previewPhotos(posts, 3)).toEqual(['a1', 'b1', 'c1'])
    expect(previewPhotos(posts, 5)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2'])
  })

  it('fills up from the few posts that have photos, and stops when there are none left', () => {
    expect(previewPhotos([{ images: ['a1', 'a2', 'a3', 'a4'] }, { images: [] }], 3)).toEqual(['a1', 'a2', 'a3'])
    expect(previewPhotos([{ images: ['a1'] }], 3)).toEqual(['a1'])
    expect(previewPhotos([], 3)).toEqual([])
  })
})
