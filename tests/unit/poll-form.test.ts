import { emptyPollForm, formToPollDraft, type PollForm } from '@/admin/poll-form'

const NOW = new Date('2026-11-22T02:00:00Z') // 10:00 in Shanghai

const filled = (over: Partial<PollForm> = {}): PollForm => ({
  ...emptyPollForm(NOW),
  title: '12 月新品投票',
  options: ['抹茶燕麦碗', '南瓜沙拉', ''],
  ...over,
})

describe('the new-poll form', () => {
  it('starts now and closes a week later at 20:00, Shanghai time', () => {
    const f = emptyPollForm(NOW)
    expect([f.openDate, f.openTime, f.closeDate, f.closeTime]).toEqual(['2026-11-22', '10:00', '2026-11-29', '20:00'])
  })

  it('becomes a draft: blank options dropped, times as instants', () => {
    expect(formToPollDraft(filled({ maxChoices: '2', minTier: 'officer' }))).toEqual({
      ok: true,
      draft: {
        title: '12 月新品投票',
        description: '',
        options: [{ label: '抹茶燕麦碗' }, { label: '南瓜沙拉' }],
        maxChoices: 2,
        minTier: 'officer',
        openAt: '2026-11-22T02:00:00.000Z',
        closeAt: '2026-11-29T12:00:00.000Z',
      },
    })
  })

  it('wants 2 to 10 distinct options', () => {
    expect(formToPollDraft(filled({ options: ['只有一个', ''] }))).toMatchObject({ ok: false, errors: { options: expect.any(String) } })
    expect(formToPollDraft(filled({ options: ['一样', '一样'] }))).toMatchObject({ ok: false, errors: { options: '选项不能重复' } })
  })

  it('wants max choices within the options', () => {
    expect(formToPollDraft(filled({ maxChoices: '3' }))).toMatchObject({ ok: false, errors: { maxChoices: expect.any(String) } })
  })

  it('wants the close after the open', () => {
    expect(formToPollDraft(filled({ closeDate: '2026-11-21' }))).toMatchObject({ ok: false, errors: { closeAt: '结束时间需晚于开始时间' } })
  })

  it('wants a title of 2 to 40 characters', () => {
    expect(formToPollDraft(filled({ title: ' 投 ' }))).toMatchObject({ ok: false, errors: { title: expect.any(String) } })
  })
})
