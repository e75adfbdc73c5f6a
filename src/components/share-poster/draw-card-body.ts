import { BRAND } from '@/constants/brand'
import { formatYuan } from '@/utils/format'
import { coverImage, roundRect, wrapText } from './canvas-shapes'
import { C, font } from './poster-style'
import type { CardPosterContent, PosterImage } from './share-poster.shared'

/** A card poster's middle: who invites, up to three deals on sale, and the leader's code. */
export function drawCardBody(ctx: CanvasRenderingContext2D, content: CardPosterContent, images: (PosterImage | null)[], x: number, w: number): void {
  const name = content.sharerNickname || BRAND.name
  ctx.fillStyle = C.ink
  ctx.font = font(40, 700)
  ctx.fillText(wrapText(ctx, `${name}的拼团好物`, w, 1)[0], x, 222)
  ctx.fillStyle = C.muted
  ctx.font = font(22)
  ctx.fillText(`${BRAND.name}团长推荐 · 真实拼团，人满即成团`, x, 262)
  drawPicks(ctx, content.picks.slice(0, 3), images, x, 292, w)
  drawCode(ctx, content.code, x, 574, w)
}

function drawPicks(ctx: CanvasRenderingContext2D, picks: CardPosterContent['picks'], images: (PosterImage | null)[], x: number, y: number, w: number) {
  if (!picks.length) {
    ctx.fillStyle = C.greenSoft
    roundRect(ctx, x, y, w, 240, 20)
    ctx.fill()
    ctx.fillStyle = C.green
    ctx.font = font(34, 700)
    const text = `${BRAND.name} · ${BRAND.tagline}`
    ctx.fillText(text, x + (w - ctx.measureText(text).width) / 2, y + 132)
    return
  }
  const gap = 16
  const size = (w - gap * 2) / 3
  picks.forEach((pick, i) => {
    const px = x + i * (size + gap)
    const image = images[i]
    if (image) coverImage(ctx, image, px, y, size, size, 16)
    else {
      ctx.fillStyle = C.line
      roundRect(ctx, px, y, size, size, 16)
      ctx.fill()
    }
    ctx.fillStyle = C.ink
    ctx.font = font(22, 600)
    ctx.fillText(wrapText(ctx, pick.title, size, 1)[0], px, y + size + 36)
    const price = formatYuan(pick.groupPriceFen)
    ctx.fillStyle = C.berry
    ctx.font = font(28, 700)
    ctx.fillText(price, px, y + size + 72)
    const priceWidth = ctx.measureText(price).width
    ctx.font = font(20)
    ctx.fillStyle = C.muted
    ctx.fillText('拼团价', px + priceWidth + 8, y + size + 72)
  })
}

function drawCode(ctx: CanvasRenderingContext2D, code: string, x: number, y: number, w: number) {
  ctx.fillStyle = C.cream
  roundRect(ctx, x, y, w, 150, 20)
  ctx.fill()
  ctx.fillStyle = C.muted
  ctx.font = font(22)
  const label = '专属团长码 · 扫码自动识别'
  ctx.fillText(label, x + (w - ctx.measureText(label).width) / 2, y + 44)
  ctx.fillStyle = C.green
  ctx.font = font(56, 700)
  const spaced = code.split('').join(' ')
  ctx.fillText(spaced, x + (w - ctx.measureText(spaced).width) / 2, y + 114)
}
