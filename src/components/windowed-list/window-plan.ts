/**
 * Windowing a long list: its items go in chunks of a few; a chunk near the viewport is
 * rendered, a chunk far from it is one empty block of the height it had when last
 * rendered, so the page keeps its length and nothing on screen moves.
 */

/** One chunk's box as measured, relative to the viewport (px). */
export interface ChunkBox {
  top: number
  height: number
}

/** What the window learnt from its last measurement, per chunk. */
export interface WindowView {
  /** Near the viewport when last measured; undefined: not measured yet (a new chunk). */
  near: (boolean | undefined)[]
  /** The chunk's height when last measured rendered (px). */
  heights: (number | undefined)[]
}

/** A chunk on screen: rendered, or a spacer of `height` px. */
export type ChunkPlan = { rendered: true } | { rendered: false; height: number }

export const emptyView = (): WindowView => ({ near: [], heights: [] })

export const chunkCount = (items: number, size: number) => Math.ceil(items / Math.max(1, size))

/**
 * A chunk is rendered unless it was far from the viewport when last measured and its
 * height is known; a chunk not measured yet (new, or measuring unavailable) is rendered.
 */
export function planChunks(count: number, view: WindowView): ChunkPlan[] {
  const plan: ChunkPlan[] = []
  for (let i = 0; i < count; i++) {
    const height = view.heights[i]
    plan.push(view.near[i] === false && height !== undefined ? { rendered: false, height } : { rendered: true })
  }
  return plan
}

/**
 * Reads a measurement: a box is near when it overlaps the viewport widened by `margin`
 * px above and below; a rendered chunk's height is remembered. Answers `view` itself
 * when nothing changed (no render needed).
 */
export function measure(view: WindowView, plan: ChunkPlan[], boxes: ChunkBox[], viewportHeight: number, margin: number): WindowView {
  const near = view.near.slice(0, plan.length)
  const heights = view.heights.slice(0, plan.length)
  let changed = near.length !== view.near.length
  boxes.slice(0, plan.length).forEach((box, i) => {
    const isNear = box.top < viewportHeight + margin && box.top + box.height > -margin
    if (near[i] !== isNear) {
      near[i] = isNear
      changed = true
    }
    if (plan[i].rendered && heights[i] !== box.height) {
      heights[i] = box.height
      changed = true
    }
  })
  return changed ? { near, heights } : view
}
