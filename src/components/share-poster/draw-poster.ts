import { BRAND } from '@/constants/brand'
import { coverImage, drawModules, roundRect, wrapText } from './canvas-shapes'
import { drawCardBody } from './draw-card-body'
import { drawGroupBody } from './draw-group-body'
import { C, font } from './poster-style'
import { POSTER_HEIGHT as H, POSTER_WIDTH as W, type PosterArt, type PosterContent } from './share-poster.shared'

/** Draws the whole poster in 600×960 units on a 2d context (DOM or WeChat). */
export function drawPoster(ctx: CanvasRenderingContext2D, content: PosterContent, art: PosterArt): void {
  ctx.textBaseline = 'alphabetic'
  drawBackground(ctx)
  const card = { x: 24, y: 148, w: W - 48, h: H - 148 - 24 }
  ctx.fillStyle = C.card
  roundRect(ctx, card.x, card.y, card.w, card.h, 28)
  ctx.fill()
  const inner = { x: 48, w: W - 96 }
  if (content.kind === 'card') drawCardBody(ctx, content, art.images, inner.x, inner.w)
  else drawGroupBody(ctx, content, art.images[0] ?? null, inner.x, inner.w)
  drawFooter(ctx, content.sharerNickname, art, inner.x, 772, inner.w)
}

function drawBackground(ctx: CanvasRenderingContext2D) {
  ctx.fillStyle = C.cream
  ctx.fillRect(0, 0, W, H)
  const band = ctx.createLinearGradient(0, 0, W, 240)
  band.addColorStop(0, C.green)
  band.addColorStop(1, '#5b8f4e')
  ctx.fillStyle = band
  ctx.fillRect(0, 0, W, 240)
  ctx.fillStyle = '#fff'
  ctx.font = font(36, 700)
  ctx.fillText(BRAND.name, 40, 74)
  ctx.globalAlpha = 0.85
  ctx.font = font(22)
  ctx.fillText(`${BRAND.tagline} · 社群共创好物`, 40, 112)
  ctx.globalAlpha = 1
}

function drawFooter(ctx: CanvasRenderingContext2D, sharerNickname: string, art: PosterArt, x: number, y: number, w: number) {
  ctx.strokeStyle = C.line
  ctx.lineWidth = 2
  ctx.setLineDash([8, 8])
  ctx.beginPath()
  ctx.moveTo(x, y)
  ctx.lineTo(x + w, y)
  ctx.stroke()
  ctx.setLineDash([])

  const size = 128
  const codeX = x + w - size
  const codeY = y + 20
  if (art.code?.kind === 'image') coverImage(ctx, art.code.image, codeX, codeY, size, size, size / 2)
  if (art.code?.kind === 'matrix') drawModules(ctx, art.code.modules, codeX, codeY, size)

  const name = sharerNickname || BRAND.name
  const r = 30
  ctx.fillStyle = C.greenSoft
  ctx.beginPath()
  ctx.arc(x + r, y + 36 + r, r, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = C.green
  ctx.font = font(28, 700)
  const initial = Array.from(name)[0]
  ctx.fillText(initial, x + r - ctx.measureText(initial).width / 2, y + 36 + r + 10)

  const tx = x + 2 * r + 16
  const textWidth = (art.code ? codeX - 16 : x + w) - tx
  ctx.fillStyle = C.ink
  ctx.font = font(28, 700)
  ctx.fillText(wrapText(ctx, `${name} 邀你一起拼`, textWidth, 1)[0], tx, y + 62)
  ctx.fillStyle = C.muted
  ctx.font = font(22)
  ctx.fillText(art.code ? art.codeHint : `微信搜索「${BRAND.name}」参团`, tx, y + 98)
  ctx.fillText('真实拼团 · 人满即成团', tx, y + 132)
}
