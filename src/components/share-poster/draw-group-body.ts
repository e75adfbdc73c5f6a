import { formatYuan } from '@/utils/format'
import { coverImage, roundRect, wrapText } from './canvas-shapes'
import { C, font } from './poster-style'
import type { GroupPosterContent, PosterImage } from './share-poster.shared'

/** A group poster's middle: the product picture with its badges, the title and the prices. */
export function drawGroupBody(ctx: CanvasRenderingContext2D, content: GroupPosterContent, image: PosterImage | null, x: number, w: number): void {
  drawProduct(ctx, content, image, x, 172, w, 392)
  const priceY = drawTitle(ctx, content.title, x, 616, w)
  drawPrices(ctx, content, x, priceY)
}

function drawProduct(ctx: CanvasRenderingContext2D, content: GroupPosterContent, image: PosterImage | null, x: number, y: number, w: number, h: number) {
  if (image) coverImage(ctx, image, x, y, w, h, 20)
  else {
    ctx.fillStyle = C.line
    roundRect(ctx, x, y, w, h, 20)
    ctx.fill()
  }
  const badge = `${content.groupSize}人团`
  ctx.font = font(24, 700)
  const bw = ctx.measureText(badge).width + 32
  ctx.fillStyle = C.berry
  roundRect(ctx, x, y, bw, 44, 20)
  ctx.fill()
  ctx.fillRect(x, y, 20, 44)
  ctx.fillStyle = '#fff'
  ctx.fillText(badge, x + 16, y + 31)
  if (content.membersNeeded > 0) {
    const pill = `还差 ${content.membersNeeded} 人成团`
    ctx.font = font(26, 700)
    const pw = ctx.measureText(pill).width + 40
    const px = x + w - pw - 16
    const py = y + h - 16 - 52
    ctx.fillStyle = 'rgba(217, 83, 79, 0.92)'
    roundRect(ctx, px, py, pw, 52, 26)
    ctx.fill()
    ctx.fillStyle = '#fff'
    ctx.fillText(pill, px + 20, py + 36)
  }
}

/** The title in up to two lines; returns where the price row goes. */
function drawTitle(ctx: CanvasRenderingContext2D, title: string, x: number, y: number, w: number): number {
  ctx.font = font(34, 700)
  ctx.fillStyle = C.ink
  const lines = wrapText(ctx, title, w, 2)
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * 46))
  return y + (lines.length - 1) * 46 + 76
}

function drawPrices(ctx: CanvasRenderingContext2D, content: GroupPosterContent, x: number, y: number) {
  ctx.fillStyle = C.berry
  ctx.font = font(22, 600)
  ctx.fillText('拼团价', x, y)
  let cx = x + ctx.measureText('拼团价').width + 8
  const price = formatYuan(content.groupPriceFen)
  ctx.font = font(56, 700)
  ctx.fillText(price, cx, y + 2)
  cx += ctx.measureText(price).width + 14
  if (content.soloPriceFen !== null) {
    const solo = `单买${formatYuan(content.soloPriceFen)}`
    ctx.font = font(24)
    ctx.fillStyle = C.muted
    ctx.fillText(solo, cx, y)
    const sw = ctx.measureText(solo).width
    ctx.fillRect(cx, y - 8, sw, 2)
  }
}
