import { emptyLaunchForm, launchInput, nextPhase, nextPhaseText, projectsByStage, toggleCoCreator } from '@/admin/project-console'

const NOW = new Date('2026-11-22T02:00:00Z')

describe('the project console', () => {
  it('moves a draft into 需求征集 and each phase to the next, but never into 上市 by hand', () => {
    expect(nextPhase('draft')).toBe('ideas')
    expect(nextPhase('ideas')).toBe('recruiting')
    expect(nextPhase('proposals')).toBe('trial')
    expect(nextPhase('trial')).toBeNull()
    expect(nextPhase('launched')).toBeNull()
    expect(nextPhaseText('draft')).toBe('发布，开始需求征集')
    expect(nextPhaseText('recruiting')).toBe('进入下一阶段：方案共创')
  })

  it('never selects more co-creators than the places', () => {
    const two = toggleCoCreator(toggleCoCreator([], 'a', 2).selected, 'b', 2).selected
    expect(toggleCoCreator(two, 'c', 2)).toEqual({ selected: ['a', 'b'], full: true })
    expect(toggleCoCreator(two, 'a', 2)).toEqual({ selected: ['b'], full: false })
  })

  it('lists drafts first, then by phase, and filters by one', () => {
    const ps = [{ phase: 'launched' }, { phase: 'ideas' }, { phase: 'draft' }, { phase: 'trial' }] as const
    expect(projectsByStage([...ps]).map((p) => p.phase)).toEqual(['draft', 'ideas', 'trial', 'launched'])
    expect(projectsByStage([...ps], 'trial')).toEqual([{ phase: 'trial' }])
  })

  it('launches with a deal, and as a pre-sale only with a future end and a whole minimum', () => {
    const f = { ...emptyLaunchForm(NOW), dealId: 'd1' }
    expect(launchInput({ ...f, dealId: '' }, NOW).ok).toBe(false)
    expect(launchInput(f, NOW)).toEqual({ ok: true, input: { dealId: 'd1' } })
    expect(launchInput({ ...f, presale: true, minQuantity: '200' }, NOW)).toEqual({
      ok: true,
      input: { dealId: 'd1', presale: { endsAt: '2026-11-29T12:00:00.000Z', minQuantity: 200 } },
    })
    expect(launchInput({ ...f, presale: true, endDate: '2026-11-21' }, NOW).ok).toBe(false)
    expect(launchInput({ ...f, presale: true, minQuantity: '0' }, NOW).ok).toBe(false)
  })
})
