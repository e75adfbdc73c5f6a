import { storageUrl } from '@/services/images'
import { drawPoster } from './draw-poster'
import { posterCodeHint, posterImages, posterTarget } from './poster-target'
import { qrMatrix } from '@/utils/qr-matrix'
import { POSTER_HEIGHT, POSTER_SCALE, POSTER_WIDTH, type PosterContent, type PosterImage } from './share-poster.shared'

function loadImage(src: string): Promise<PosterImage | null> {
  return new Promise((resolve) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => resolve(null)
    img.src = src
  })
}

/** h5: draws the poster on an HTML canvas with a QR code of the page's local URL; a PNG data URL. */
export async function renderPoster(content: PosterContent): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH * POSTER_SCALE
  canvas.height = POSTER_HEIGHT * POSTER_SCALE
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d canvas')
  ctx.scale(POSTER_SCALE, POSTER_SCALE)
  const images = await Promise.all(posterImages(content).map((id) => loadImage(storageUrl(id))))
  const url = `${window.location.origin}/#/${posterTarget(content).path}`
  drawPoster(ctx, content, { images, code: { kind: 'matrix', modules: qrMatrix(url) }, codeHint: posterCodeHint(content, 'h5') })
  return canvas.toDataURL('image/png')
}

/** h5: downloads the PNG (on a phone, long-pressing the picture saves it too). */
export async function savePoster(src: string): Promise<void> {
  const link = document.createElement('a')
  link.href = src
  link.download = '原野生活-分享海报.png'
  document.body.appendChild(link)
  link.click()
  link.remove()
}
