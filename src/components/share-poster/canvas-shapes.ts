/** Drawing helpers that work on both the DOM's and WeChat's 2d canvas context. */
export function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath()
  ctx.moveTo(x + r, y)
  ctx.arcTo(x + w, y, x + w, y + h, r)
  ctx.arcTo(x + w, y + h, x, y + h, r)
  ctx.arcTo(x, y + h, x, y, r)
  ctx.arcTo(x, y, x + w, y, r)
  ctx.closePath()
}

/** Draws an image into a box like CSS `object-fit: cover`, clipped to rounded corners. */
export function coverImage(
  ctx: CanvasRenderingContext2D,
  img: CanvasImageSource & { width: number; height: number },
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const scale = Math.max(w / img.width, h / img.height)
  const sw = w / scale
  const sh = h / scale
  ctx.save()
  roundRect(ctx, x, y, w, h, r)
  ctx.clip()
  ctx.drawImage(img, (img.width - sw) / 2, (img.height - sh) / 2, sw, sh, x, y, w, h)
  ctx.restore()
}

/** Splits text into at most `maxLines` lines that fit `width`; the last one ends in … if cut. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const fits = (s: string) => ctx.measureText(s).width <= width
  const lines: string[] = []
  let line = ''
  for (const ch of Array.from(text)) {
    if (line && !fits(line + ch)) {
      lines.push(line)
      line = ch
      if (lines.length === maxLines) break
    } else {
      line += ch
    }
  }
  if (lines.length < maxLines) return line ? [...lines, line] : lines
  let last = lines[maxLines - 1]
  while (last && !fits(last + '…')) last = last.slice(0, -1)
  lines[maxLines - 1] = last + '…'
  return lines
}

/** QR modules as black squares in a box. */
export function drawModules(ctx: CanvasRenderingContext2D, modules: boolean[][], x: number, y: number, size: number): void {
  const cell = size / modules.length
  ctx.fillStyle = '#2b2a26'
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) ctx.fillRect(x + c * cell, y + r * cell, Math.ceil(cell), Math.ceil(cell))
    }),
  )
}
