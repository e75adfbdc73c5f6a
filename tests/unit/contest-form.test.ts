import type { ContestView } from '@shared/api'
import { cleanTopic, contestEditable, contestToForm, emptyContestForm, formToContestDraft, type ContestForm } from '@/admin/contest-form'

const NOW = new Date('2026-11-22T02:00:00Z') // 10:00 in Shanghai

const filled = (over: Partial<ContestForm> = {}): ContestForm => ({
  ...emptyContestForm(NOW),
  title: '早餐搭配征集',
  topic: '#早餐搭配',
  ...over,
})

describe('the contest form', () => {
  it('starts now and ends two weeks later at 20:00, Shanghai time, with 3 places', () => {
    const f = emptyContestForm(NOW)
    expect([f.startDate, f.startTime, f.endDate, f.endTime, f.maxWinners]).toEqual(['2026-11-22', '10:00', '2026-12-06', '20:00', '3'])
  })

  it('becomes a draft: topic without #, times as instants, numbers parsed, no cover when none was picked', () => {
    expect(formToContestDraft(filled({ growth: '50', points: '0', maxWinners: '1' }))).toEqual({
      ok: true,
      draft: {
        title: '早餐搭配征集',
        description: '',
        topic: '早餐搭配',
        startAt: '2026-11-22T02:00:00.000Z',
        endAt: '2026-12-06T12:00:00.000Z',
        reward: { growth: 50, points: 0 },
        maxWinners: 1,
      },
    })
  })

  it('keeps a picked cover', () => {
    expect(formToContestDraft(filled({ cover: 'cloud://env/products/a.png' }))).toMatchObject({ ok: true, draft: { cover: 'cloud://env/products/a.png' } })
  })

  it('wants a topic', () => {
    expect(formToContestDraft(filled({ topic: ' # ' }))).toMatchObject({ ok: false, errors: { topic: expect.any(String) } })
  })

  it('wants the end after the start', () => {
    expect(formToContestDraft(filled({ endDate: '2026-11-21' }))).toMatchObject({ ok: false, errors: { endAt: '截止时间需晚于开始时间' } })
  })

  it.each([
    ['0', 'maxWinners'],
    ['21', 'maxWinners'],
  ])('refuses %s winners', (maxWinners, field) => {
    expect(formToContestDraft(filled({ maxWinners }))).toMatchObject({ ok: false, errors: { [field]: expect.any(String) } })
  })

  it('refuses a reward that is not a whole number', () => {
    expect(formToContestDraft(filled({ growth: '1.5', points: '-3' }))).toMatchObject({ ok: false, errors: { growth: expect.any(String), points: expect.any(String) } })
  })

  it('comes back from a saved contest unchanged', () => {
    const saved: ContestView = {
      contestId: 'c1',
      title: '露营野餐季',
      description: '晒出你的野餐篮',
      topic: '露营野餐',
      cover: 'cloud://env/ugc/picnic.png',
      startAt: '2026-11-20T02:00:00.000Z',
      endAt: '2026-11-29T12:30:00.000Z',
      phase: 'open',
      reward: { growth: 50, points: 200 },
      maxWinners: 2,
      entries: 3,
      winners: [],
    }
    const back = formToContestDraft(contestToForm(saved))
    expect(back).toEqual({
      ok: true,
      draft: { title: saved.title, description: saved.description, topic: saved.topic, cover: saved.cover, startAt: saved.startAt, endAt: saved.endAt, reward: saved.reward, maxWinners: 2 },
    })
  })
})

describe('cleanTopic', () => {
  it.each([
    ['#早餐搭配', '早餐搭配'],
    ['＃ 早餐搭配 ', '早餐搭配'],
    ['早餐搭配', '早餐搭配'],
  ])('%s → %s', (typed, topic) => {
    expect(cleanTopic(typed)).toBe(topic)
  })
})

describe('which contests may be edited', () => {
  it.each([
    ['upcoming', true],
    ['open', true],
    ['judging', false],
    ['awarded', false],
  ] as const)('%s: %s', (phase, editable) => {
    expect(contestEditable({ phase })).toBe(editable)
  })
})
