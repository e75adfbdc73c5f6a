import { chunkCount, emptyView, measure, planChunks, type ChunkPlan } from '@/components/windowed-list/window-plan'

const VIEWPORT = 800
const MARGIN = 800
const rendered: ChunkPlan = { rendered: true }

describe('a windowed list', () => {
  it('puts items in chunks of the given size, the last one partly filled', () => {
    expect(chunkCount(0, 5)).toBe(0)
    expect(chunkCount(5, 5)).toBe(1)
    expect(chunkCount(11, 5)).toBe(3)
  })

  it('renders every chunk it has not measured yet (new chunks, or no way to measure)', () => {
    expect(planChunks(3, emptyView())).toEqual([rendered, rendered, rendered])
  })

  it('turns a chunk far above or below the screen into a spacer of the height it had rendered', () => {
    const plan = planChunks(4, emptyView())
    // Scrolled far down: chunk 0 ends 2,000 px above the screen, chunk 3 starts 2,000 px below.
    const view = measure(emptyView(), plan, [
      { top: -3000, height: 1000 },
      { top: -700, height: 1000 },
      { top: 300, height: 1000 },
      { top: 2800, height: 1000 },
    ], VIEWPORT, MARGIN)
    expect(planChunks(4, view)).toEqual([{ rendered: false, height: 1000 }, rendered, rendered, { rendered: false, height: 1000 }])
  })

  it('renders a spacer again once it comes near the screen, and keeps its height meanwhile', () => {
    const far = measure(emptyView(), [rendered], [{ top: -2000, height: 640.5 }], VIEWPORT, MARGIN)
    const plan = planChunks(1, far)
    expect(plan).toEqual([{ rendered: false, height: 640.5 }])
    // A spacer's box does not change the height it remembers.
    const stillFar = measure(far, plan, [{ top: -1900, height: 640.5 }], VIEWPORT, MARGIN)
    expect(stillFar).toBe(far)
    const near = measure(far, plan, [{ top: -500, height: 640.5 }], VIEWPORT, MARGIN)
    expect(planChunks(1, near)).toEqual([rendered])
  })

  it('answers the same view when a measurement changes nothing, so nothing renders again', () => {
    const view = measure(emptyView(), [rendered], [{ top: 0, height: 500 }], VIEWPORT, MARGIN)
    expect(measure(view, [rendered], [{ top: 10, height: 500 }], VIEWPORT, MARGIN)).toBe(view)
  })

  it('renders a chunk with no measured height even when far (it was never rendered)', () => {
    const view = { near: [false], heights: [undefined] }
    expect(planChunks(1, view)).toEqual([rendered])
  })

  it('forgets chunks the list no longer has', () => {
    const view = measure(emptyView(), [rendered, rendered], [{ top: -3000, height: 900 }, { top: 0, height: 900 }], VIEWPORT, MARGIN)
    expect(measure(view, [rendered], [{ top: -3000, height: 900 }], VIEWPORT, MARGIN)).toEqual({ near: [false], heights: [900] })
  })
})
