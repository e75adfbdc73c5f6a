import { formToSettings, settingsToForm } from '@/admin/distribution-settings'

const DEFAULTS = { defaultRateBps: 1500, bindingDays: 30, minWithdrawFen: 100, maxWithdrawalsPerDay: 7 }

describe('the distribution settings form', () => {
  it('shows the rate in percent and the minimum in yuan', () => {
    expect(settingsToForm({ ...DEFAULTS, defaultRateBps: 1250, minWithdrawFen: 150 })).toEqual({
      ratePercent: '12.5',
      bindingDays: '30',
      minWithdrawYuan: '1.5',
      maxWithdrawalsPerDay: '7',
    })
  })

  it('round-trips the settings it shows', () => {
    expect(formToSettings(settingsToForm(DEFAULTS))).toEqual({ ok: true, settings: DEFAULTS })
  })

  it('turns a percentage into basis points: 15% -> 1500', () => {
    const result = formToSettings({ ...settingsToForm(DEFAULTS), ratePercent: '15' })
    expect(result.ok && result.settings.defaultRateBps).toBe(1500)
  })

  it('refuses values outside what the cloud accepts, field by field', () => {
    const result = formToSettings({ ratePercent: '51', bindingDays: '0', minWithdrawYuan: '0.2', maxWithdrawalsPerDay: 'x' })
    expect(result.ok).toBe(false)
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['bindingDays', 'maxWithdrawalsPerDay', 'minWithdrawYuan', 'ratePercent'])
  })
})
