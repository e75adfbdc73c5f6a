import Taro, { usePageScroll } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { chunkCount, emptyView, measure, planChunks, type ChunkBox, type ChunkPlan, type WindowView } from './window-plan'

let lists = 0

/** How far beyond the screen, above and below, chunks stay rendered: half a screen each way. */
const MARGIN = 0.5

const viewportHeight = () => {
  try {
    return (Taro.getWindowInfo?.() ?? Taro.getSystemInfoSync()).windowHeight || 800
  } catch {
    return 800
  }
}

export interface ListWindow {
  /** The class every chunk of this list carries, for measuring them. */
  chunkClass: string
  plan: ChunkPlan[]
}

/**
 * The window over a list of `count` items in chunks of `chunkSize`: measures the chunks
 * (one selector query at a time) after each render that changes them and while the page
 * scrolls, and keeps the far ones as spacers. A new `resetKey` (another list in the same
 * place: a tab, a reload) forgets what was measured.
 */
export function useListWindow(count: number, chunkSize: number, resetKey: string): ListWindow {
  const [chunkClass] = useState(() => `windowed-${++lists}`)
  const [view, setView] = useState<{ key: string; view: WindowView }>(() => ({ key: resetKey, view: emptyView() }))
  const current = view.key === resetKey ? view.view : emptyView()
  if (view.key !== resetKey) setView({ key: resetKey, view: current })
  const plan = planChunks(chunkCount(count, chunkSize), current)

  const latest = useRef({ plan, resetKey })
  latest.current = { plan, resetKey }
  const busy = useRef(false)
  const again = useRef(false)
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
    },
    [],
  )

  const check = useCallback(() => {
    if (busy.current) {
      again.current = true
      return
    }
    busy.current = true
    const measured = latest.current
    const done = (boxes: ChunkBox[] | null) => {
      busy.current = false
      if (!alive.current) return
      // Boxes answer the plan they were measured under; a reset meanwhile makes them stale.
      if (boxes && measured.resetKey === latest.current.resetKey && measured.plan.length === latest.current.plan.length) {
        const height = viewportHeight()
        setView((v) => (v.key === measured.resetKey ? { ...v, view: measure(v.view, measured.plan, boxes, height, height * MARGIN) } : v))
      }
      if (again.current) {
        again.current = false
        check()
      }
    }
    try {
      Taro.createSelectorQuery()
        .selectAll(`.${chunkClass}`)
        .boundingClientRect()
        .exec((res) => done(Array.isArray(res?.[0]) ? (res[0] as ChunkBox[]) : null))
    } catch {
      // No measuring here (an old base library, a test double): every chunk stays rendered.
      done(null)
    }
  }, [chunkClass])

  usePageScroll(check)
  // Measures once what was just rendered is laid out (after setData on weapp).
  const shape = plan.map((c) => (c.rendered ? 1 : 0)).join('')
  useEffect(() => {
    Taro.nextTick(check)
  }, [shape, count, resetKey, check])

  return { chunkClass, plan }
}
