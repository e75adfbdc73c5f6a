/**
 * `<canvas type="2d">` for the simulate harness. miniprogram-simulate's wx.createSelectorQuery
 * answers nothing (its exec never calls back), j-component's has no `node` field, and jsdom
 * lays nothing out (every size is 0). `canvasQuery` makes a WeChat-like, page-scoped
 * wx.createSelectorQuery to give `bootWeapp` (its `raw` argument): select / selectAll / in /
 * fields / boundingClientRect / exec, where `size` is the size the test lays a 2d canvas out at
 * and `node` is a canvas node whose 2d context records every call and property set.
 */

/** One thing done to a 2d context: a method call, or a property set (`set: 'fillStyle'`). */
export type DrawCall = { op: string; args: unknown[] } | { set: string; value: unknown }

/** The methods of a canvas 2d context (CanvasRenderingContext2D, which WeChat's 2d canvas follows). */
const METHODS = [
  'arc', 'arcTo', 'beginPath', 'bezierCurveTo', 'clearRect', 'clip', 'closePath', 'createImageData', 'createLinearGradient',
  'createPattern', 'createRadialGradient', 'drawImage', 'ellipse', 'fill', 'fillRect', 'fillText', 'getImageData', 'getLineDash',
  'getTransform', 'isPointInPath', 'isPointInStroke', 'lineTo', 'measureText', 'moveTo', 'putImageData', 'quadraticCurveTo', 'rect',
  'resetTransform', 'restore', 'rotate', 'save', 'scale', 'setLineDash', 'setTransform', 'stroke', 'strokeRect', 'strokeText',
  'transform', 'translate',
] as const

/** A 2d context that records what is drawn on it (and answers measureText by a rough font width). */
export function recordingContext(canvas: object): { context: Record<string, unknown>; calls: DrawCall[] } {
  const calls: DrawCall[] = []
  const state: Record<string, unknown> = { canvas, font: '10px sans-serif', fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1 }
  const methods: Record<string, (...args: unknown[]) => unknown> = {}
  for (const op of METHODS) {
    methods[op] = (...args: unknown[]) => {
      calls.push({ op, args })
      if (op === 'measureText') {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(String(state.font))?.[1] ?? 10)
        return { width: String(args[0]).length * size * 0.6 }
      }
      if (op === 'createLinearGradient' || op === 'createRadialGradient' || op === 'createPattern') return { addColorStop() {} }
      if (op === 'getLineDash') return []
      return undefined
    }
  }
  const context = new Proxy(state, {
    get: (target, key) => (typeof key === 'string' && key in methods && !(key in target) ? methods[key] : target[key as string]),
    set: (target, key, value) => {
      if (key === 'canvas') return false
      target[key as string] = value
      // A library patching the context with helpers (uCharts' setFillStyle …) is not drawing.
      if (typeof value !== 'function') calls.push({ set: String(key), value })
      return true
    },
    has: (target, key) => key in methods || key in target,
  })
  return { context, calls }
}

/** A canvas node as `fields({ node: true })` gives it: width / height in device pixels, getContext('2d'). */
export interface RecordedCanvas {
  id: string
  /** The size the query answered (CSS pixels), as the test laid the canvas out. */
  size: { width: number; height: number }
  node: { width: number; height: number; getContext(kind: string): unknown }
  /** Every width / height given to the node, in order. */
  resized: { width: number; height: number }[]
  /** Everything drawn through its 2d context (empty until getContext('2d')). */
  calls: DrawCall[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Exparser = any

interface QueryItem {
  selector: string
  single: boolean
  fields: Record<string, unknown>
  callback?: (res: unknown) => void
  scope: Exparser | null
}

/**
 * A wx.createSelectorQuery that knows 2d canvases. `size` lays a canvas out: its CSS size by id.
 * `canvases`: those handed out as nodes, by id (one node per canvas element, as in WeChat).
 */
export function canvasQuery(size: (id: string) => { width: number; height: number }): {
  createSelectorQuery: () => unknown
  canvases: Map<string, RecordedCanvas>
} {
  const g = global as unknown as Record<string, unknown>
  const canvases = new Map<string, RecordedCanvas>()
  const byElement = new WeakMap<object, RecordedCanvas>()

  function canvasOf(el: Exparser): RecordedCanvas {
    const known = byElement.get(el)
    if (known) return known
    const id = String(el.id || '')
    const resized: RecordedCanvas['resized'] = []
    let width = 300
    let height = 150
    let context: unknown = null
    const record: RecordedCanvas = {
      id,
      size: size(id),
      resized,
      calls: [],
      node: {
        get width() {
          return width
        },
        set width(w: number) {
          width = w
          resized.push({ width, height })
        },
        get height() {
          return height
        },
        set height(h: number) {
          height = h
          resized.push({ width, height })
        },
        getContext(kind: string) {
          if (kind !== '2d') return null
          if (!context) {
            const made = recordingContext(record.node)
            record.calls = made.calls
            context = made.context
          }
          return context
        },
      },
    }
    byElement.set(el, record)
    canvases.set(id, record)
    return record
  }

  // j-component keeps a native node's attributes only in its virtual node (`type` is not on the DOM).
  const attribute = (el: Exparser, name: string) => (el?._vt?.attrs as { name: string; value: unknown }[] | undefined)?.find((a) => a.name === name)?.value
  const isCanvas2d = (el: Exparser) => el?.is === 'canvas' && attribute(el, 'type') === '2d'

  function answer(el: Exparser, fields: Record<string, unknown>): Record<string, unknown> {
    const res: Record<string, unknown> = {}
    if (fields.id) res.id = el.id || ''
    if (fields.dataset) res.dataset = { ...(el.dataset || {}) }
    const laidOut = isCanvas2d(el) ? canvasOf(el).size : { width: 0, height: 0 }
    if (fields.rect) Object.assign(res, { left: 0, top: 0, right: laidOut.width, bottom: laidOut.height })
    if (fields.size) Object.assign(res, laidOut)
    if (fields.node) res.node = isCanvas2d(el) ? canvasOf(el).node : null
    return res
  }

  function currentPage(): Exparser {
    const pages = (g.getCurrentPages as () => Record<string, unknown>[])()
    return pages[pages.length - 1]?._exparserNode ?? null
  }

  function createSelectorQuery() {
    const items: QueryItem[] = []
    let scope: Exparser | null = null
    const nodesRef = (selector: string, single: boolean) => {
      const push = (fields: Record<string, unknown>, callback?: (res: unknown) => void) => {
        items.push({ selector, single, fields, callback, scope })
        return query
      }
      return {
        fields: push,
        boundingClientRect: (callback?: (res: unknown) => void) => push({ id: true, dataset: true, rect: true, size: true }, callback),
      }
    }
    const query = {
      in(component: { _exparserNode?: Exparser }) {
        scope = component?._exparserNode ?? null
        return query
      },
      select: (selector: string) => nodesRef(selector, true),
      selectAll: (selector: string) => nodesRef(selector, false),
      exec(callback?: (res: unknown[]) => void) {
        // Answers a tick later, as WeChat does; in the page's own tree (or the component's given to `in`).
        setTimeout(() => {
          const results = items.map((item) => {
            const root = (item.scope ?? currentPage())?.shadowRoot
            const found: Exparser[] = root ? (item.single ? [root.querySelector(item.selector)].filter(Boolean) : root.querySelectorAll(item.selector)) : []
            const res = item.single ? (found[0] ? answer(found[0], item.fields) : null) : found.map((el) => answer(el, item.fields))
            item.callback?.(res)
            return res
          })
          callback?.(results)
        }, 0)
        return query
      },
    }
    return query
  }

  return { createSelectorQuery, canvases }
}

/** The method calls of a recording, optionally only those named. */
export function drawOps(calls: DrawCall[], ...ops: string[]): { op: string; args: unknown[] }[] {
  return calls.filter((c): c is { op: string; args: unknown[] } => 'op' in c && (!ops.length || ops.includes(c.op)))
}

/** One thing painted: a fill / stroke of the current path, a fillRect, a fillText, with the style in force. */
export interface Paint {
  op: 'fill' | 'stroke' | 'fillRect' | 'strokeRect' | 'fillText' | 'strokeText'
  args: unknown[]
  /** fillStyle (fills, text) or strokeStyle (strokes) when painted. */
  style: unknown
  /** The path's segments since its beginPath (fill / stroke). */
  path: { op: string; args: unknown[] }[]
}

const PATH_OPS = ['moveTo', 'lineTo', 'bezierCurveTo', 'quadraticCurveTo', 'arc', 'arcTo', 'ellipse', 'rect', 'closePath']

/** Replays a recording: what was painted, in order, each with its style and path. */
export function paints(calls: DrawCall[]): Paint[] {
  const out: Paint[] = []
  const style: Record<string, unknown> = { fillStyle: '#000000', strokeStyle: '#000000' }
  const saved: Record<string, unknown>[] = []
  let path: { op: string; args: unknown[] }[] = []
  for (const c of calls) {
    if ('set' in c) style[c.set] = c.value
    else if (c.op === 'save') saved.push({ ...style })
    else if (c.op === 'restore') Object.assign(style, saved.pop() ?? {})
    else if (c.op === 'beginPath') path = []
    else if (PATH_OPS.includes(c.op)) path.push(c)
    else if (c.op === 'fill' || c.op === 'stroke') out.push({ op: c.op, args: c.args, style: c.op === 'fill' ? style.fillStyle : style.strokeStyle, path: [...path] })
    else if (c.op === 'fillRect' || c.op === 'fillText') out.push({ op: c.op, args: c.args, style: style.fillStyle, path: [] })
    else if (c.op === 'strokeRect' || c.op === 'strokeText') out.push({ op: c.op, args: c.args, style: style.strokeStyle, path: [] })
  }
  return out
}
