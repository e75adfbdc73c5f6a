import { invitationStatus } from '../../cloudfunctions/shared/domain/partner'

const NOW = new Date('2026-12-02T06:00:00Z')
const later = new Date(NOW.getTime() + 3_600_000)

describe('an invitation’s status', () => {
  it('is open while unused and before its expiry', () => {
    expect(invitationStatus({ usedBy: null, expiresAt: later }, NOW)).toBe('open')
  })
  it('is used once anyone took it, even before its expiry', () => {
    expect(invitationStatus({ usedBy: 'someone', expiresAt: later }, NOW)).toBe('used')
  })
  it('is expired from its expiry on', () => {
    expect(invitationStatus({ usedBy: null, expiresAt: NOW }, NOW)).toBe('expired')
  })
})
