import { BRAND } from '@/constants/brand'
import { formatYuan } from '@/utils/format'
import { coverImage, drawModules, roundRect, wrapText } from './canvas-shapes'
import { POSTER_HEIGHT as H, POSTER_WIDTH as W, type PosterArt, type PosterContent } from './share-poster.shared'

const FONT = '"PingFang SC", "Noto Sans CJK SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif'
const C = {
  green: '#2f6b3f',
  cream: '#f7f4ec',
  card: '#fffdf8',
  berry: '#d9534f',
  berrySoft: '#fbe9e6',
  ink: '#2b2a26',
  inkSoft: '#5d594f',
  muted: '#948e7f',
  line: '#ebe4d3',
}

const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`

/** Draws the whole poster in 600×960 units on a 2d context (DOM or WeChat). */
export function drawPoster(ctx: CanvasRenderingContext2D, content: PosterContent, art: PosterArt): void {
  ctx.textBaseline = 'alphabetic'
  drawBackground(ctx)
  const card = { x: 24, y: 148, w: W - 48, h: H - 148 - 24 }
  ctx.fillStyle = C.card
  roundRect(ctx, card.x, card.y, card.w, card.h, 28)
  ctx.fill()
  const inner = { x: 48, w: W - 96 }
  drawProduct(ctx, content, art, inner.x, 172, inner.w, 392)
  const priceY = drawTitle(ctx, content.title, inner.x, 616, inner.w)
  drawPrices(ctx, content, inner.x, priceY)
  drawFooter(ctx, content, art, inner.x, 772, inner.w)
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

function drawProduct(ctx: CanvasRenderingContext2D, content: PosterContent, art: PosterArt, x: number, y: number, w: number, h: number) {
  if (art.product) coverImage(ctx, art.product, x, y, w, h, 20)
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

function drawPrices(ctx: CanvasRenderingContext2D, content: PosterContent, x: number, y: number) {
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

function drawFooter(ctx: CanvasRenderingContext2D, content: PosterContent, art: PosterArt, x: number, y: number, w: number) {
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

  const name = content.sharerNickname || BRAND.name
  const r = 30
  ctx.fillStyle = '#e5eee0'
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
