import Taro from '@tarojs/taro'
import { posterCode } from '@/services/groupbuy'
import { localImagePath } from '@/services/local-image'
import { drawPoster } from './draw-poster'
import { posterCodeHint, posterImages, posterTarget } from './poster-target'
import {
  POSTER_HEIGHT,
  POSTER_SCALE,
  POSTER_WIDTH,
  type PosterCode,
  type PosterContent,
  type PosterImage,
} from './share-poster.shared'

/** The id of the hidden `<Canvas type='2d'>` the overlay renders on weapp. */
export const POSTER_CANVAS_ID = 'share-poster-canvas'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CanvasNode = any

function findCanvas(): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select('#' + POSTER_CANVAS_ID)
      .fields({ node: true, size: true })
      .exec((res) => resolve(res?.[0]?.node ?? null))
  })
}

async function canvasNode(): Promise<CanvasNode> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const node = await findCanvas()
    if (node) return node
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('poster canvas not found')
}

async function loadImage(canvas: CanvasNode, fileId: string): Promise<PosterImage | null> {
  try {
    const path = await localImagePath(fileId)
    return await new Promise((resolve) => {
      const img = canvas.createImage()
      img.onload = () => resolve(img)
      img.onerror = () => resolve(null)
      img.src = path
    })
  } catch {
    return null
  }
}

/** The mini-program code that opens the poster's page with the sharer's code; null when there is none. */
async function miniProgramCode(canvas: CanvasNode, content: PosterContent): Promise<PosterCode> {
  try {
    const target = posterTarget(content)
    const fileId = await posterCode(target.page, target.scene)
    const image = fileId ? await loadImage(canvas, fileId) : null
    return image ? { kind: 'image', image } : null
  } catch {
    return null
  }
}

/** weapp: draws on the 2d canvas, then exports a temp PNG file. */
export async function renderPoster(content: PosterContent): Promise<string> {
  const canvas = await canvasNode()
  canvas.width = POSTER_WIDTH * POSTER_SCALE
  canvas.height = POSTER_HEIGHT * POSTER_SCALE
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
  ctx.scale(POSTER_SCALE, POSTER_SCALE)
  const [images, code] = await Promise.all([
    Promise.all(posterImages(content).map((id) => loadImage(canvas, id))),
    miniProgramCode(canvas, content),
  ])
  drawPoster(ctx, content, { images, code, codeHint: posterCodeHint(content, 'weapp') })
  const res = await Taro.canvasToTempFilePath({ canvas, fileType: 'png' } as Taro.canvasToTempFilePath.Option)
  return res.tempFilePath
}

/** weapp: saves the poster to the photo album (asks for permission the first time). */
export async function savePoster(src: string): Promise<void> {
  await Taro.saveImageToPhotosAlbum({ filePath: src })
}
