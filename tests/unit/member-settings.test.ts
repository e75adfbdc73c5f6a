import { formToMemberSettings, memberSettingsToForm } from '@/admin/member-settings'

describe('the growth settings form', () => {
  const settings = { officerThreshold: 100, checkinRewards: [{ growth: 2, points: 5 }, { growth: 10, points: 30 }] }

  it('round-trips the settings', () => {
    expect(formToMemberSettings(memberSettingsToForm(settings))).toEqual({ ok: true, settings })
  })

  it('refuses a threshold that is not a whole number from 1', () => {
    for (const officerThreshold of ['0', '', '12.5', 'abc']) {
      expect(formToMemberSettings({ ...memberSettingsToForm(settings), officerThreshold })).toMatchObject({ ok: false, errors: { officerThreshold: expect.any(String) } })
    }
  })

  it('points at the reward row that is wrong', () => {
    const form = memberSettingsToForm(settings)
    form.rewards[1] = { growth: '-1', points: '30' }
    expect(formToMemberSettings(form)).toMatchObject({ ok: false, errors: { rewards: { 1: expect.any(String) } } })
  })

  it('keeps at least one day in the table', () => {
    expect(formToMemberSettings({ officerThreshold: '100', rewards: [] })).toMatchObject({ ok: false, errors: { table: expect.any(String) } })
  })
})
