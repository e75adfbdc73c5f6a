import { checkPeriod, checkTitled } from '@/admin/form-checks'

const at = (date: string, time: string) => ({ date, time })

describe('the admin forms’ shared checks', () => {
  it('reads a Shanghai period as instants when the end comes after the start', () => {
    expect(checkPeriod(at('2026-12-02', '10:00'), at('2026-12-09', '20:00'), '结束')).toEqual({
      startAt: '2026-12-02T02:00:00.000Z',
      endAt: '2026-12-09T12:00:00.000Z',
    })
  })

  it('names the end in its own word when it is missing or not after the start', () => {
    expect(checkPeriod(at('2026-12-02', '10:00'), at('', ''), '截止')).toMatchObject({ endError: '请选择截止时间' })
    expect(checkPeriod(at('2026-12-02', '10:00'), at('2026-12-02', '10:00'), '结束')).toMatchObject({ endError: '结束时间需晚于开始时间' })
    expect(checkPeriod(at('', ''), at('2026-12-02', '10:00'), '结束')).toMatchObject({ startError: '请选择开始时间', startAt: null })
  })

  it('trims the title and description and refuses a title outside 2–40 characters or a description over 500', () => {
    const errors: { title?: string; description?: string } = {}
    expect(checkTitled({ title: '  早餐  ', description: ' 说明 ' }, errors)).toEqual({ title: '早餐', description: '说明' })
    expect(errors).toEqual({})
    checkTitled({ title: '早', description: '字'.repeat(501) }, errors)
    expect(errors).toEqual({ title: '标题需 2–40 个字', description: '说明最多 500 个字' })
  })
})
