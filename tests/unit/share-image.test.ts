import fs from 'fs'
import path from 'path'
import { shareCardImage, shareImageUrl } from '@/services/share-image'
import { dealQuery } from '@/utils/page-paths'
import { projectPath, projectQuery } from '@/utils/cocreation-paths'

jest.mock('@tarojs/taro', () => ({}))

const FILE = 'cloud://env-1a2b.6465-env-1a2b-1300000000/products/morning-bowl.png'
const TEMP = 'https://6465-env-1a2b-1300000000.tcb.qcloud.la/products/morning-bowl.png?sign=abc&t=1'

describe('share card images (issue 16 item 9): https or bundled, never cloud://', () => {
  it('keeps https URLs and bundled images, drops everything else', () => {
    expect(shareCardImage(TEMP)).toBe(TEMP)
    expect(shareCardImage('/assets/share/card.png')).toBe('/assets/share/card.png')
    for (const bad of [FILE, 'http://example.com/a.png', '//example.com/a.png', 'storage/a.png', '', null, undefined]) {
      expect(shareCardImage(bad)).toBeUndefined()
    }
  })

  it('turns a cloud file id into its temporary https URL', async () => {
    const asked: string[][] = []
    const url = await shareImageUrl(FILE, async (ids) => {
      asked.push(ids)
      return [{ fileID: FILE, tempFileURL: TEMP }]
    })
    expect(url).toBe(TEMP)
    expect(asked).toEqual([[FILE]])
  })

  it('gives no image (never the cloud:// id) when the temporary URL is missing or the call fails', async () => {
    await expect(shareImageUrl(FILE, async () => [{ fileID: FILE }])).resolves.toBeUndefined()
    await expect(shareImageUrl(FILE, async () => [{ fileID: FILE, tempFileURL: 'http://insecure/a.png' }])).resolves.toBeUndefined()
    await expect(shareImageUrl(FILE, async () => Promise.reject(new Error('STORAGE_FILE_NONEXIST')))).resolves.toBeUndefined()
    await expect(shareImageUrl(undefined, async () => [])).resolves.toBeUndefined()
  })

  it('passes an https image through without asking the cloud', async () => {
    await expect(shareImageUrl(TEMP, async () => Promise.reject(new Error('not asked')))).resolves.toBe(TEMP)
  })
})

describe('朋友圈 cards carry the id and the sharer code in their query', () => {
  it('deal and project pages', () => {
    expect(dealQuery('d1', 'YZ7KQ3MP')).toBe('id=d1&code=YZ7KQ3MP')
    expect(dealQuery('d1')).toBe('id=d1')
    expect(projectQuery('p1', 'YZ7KQ3MP')).toBe('id=p1&code=YZ7KQ3MP')
    expect(projectPath('p1', 'YZ7KQ3MP')).toBe('cocreation/pages/project/index?id=p1&code=YZ7KQ3MP')
  })
})

/** Every share handler in src: the card's imageUrl comes from useShareImage, and the timeline pages enable it. */
describe('share handlers in src', () => {
  const SRC = path.resolve(__dirname, '../../src')
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name)
      return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : []
    })
  const sources = files(SRC).map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, 'utf8') }))
  const sharing = sources.filter((s) => /useShare(AppMessage|Timeline)\(|onShare(AppMessage|Timeline)\b/.test(s.text))

  it('finds the share handlers', () => {
    expect(sharing.map((s) => s.file)).toEqual(expect.arrayContaining(['pages/deal/index.tsx', 'group/pages/detail/index.tsx', 'leader/pages/centre/index.tsx', 'cocreation/pages/project/index.tsx']))
  })

  it('never hands a card an image other than the https one useShareImage gives', () => {
    const offenders = sharing.flatMap(({ file, text }) =>
      [...text.matchAll(/imageUrl:\s*([^,\n}]+)/g)]
        .map((m) => m[1].trim())
        .filter((value) => !(value === 'shareImage' && /useShareImage\(/.test(text)))
        .map((value) => `${file}: imageUrl: ${value}`),
    )
    expect(offenders).toEqual([])
  })

  it('pages with useShareTimeline enable it in their page config, and share to chats too', () => {
    const timeline = sharing.filter((s) => /useShareTimeline\(/.test(s.text))
    expect(timeline.map((s) => s.file).sort()).toEqual(['cocreation/pages/project/index.tsx', 'pages/deal/index.tsx'])
    for (const { file, text } of timeline) {
      const config = fs.readFileSync(path.join(SRC, file.replace(/index\.tsx$/, 'index.config.ts')), 'utf8')
      expect(config).toMatch(/enableShareTimeline:\s*true/)
      expect(text).toMatch(/useShareAppMessage\(/)
      expect(text).toMatch(/query:\s*\w+Query\([^)]*code\)/)
    }
  })
})
