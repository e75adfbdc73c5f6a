import type { CodeLookupView } from '@shared/api'
import { useCodeVerify } from '@/partner/components/code-verify'
import { lookupRefusal, partnerErrorMessage } from '@/partner/partner-code'
import { checkInAttendee, lookupCode, redeemVoucher } from '@/services/partner-staff'

/** A voucher to 核销 or a ticket to 签到: one code field, what it is for, then confirm. */
export function useConsoleVerify() {
  return useCodeVerify<CodeLookupView, CodeLookupView>({
    lookup: lookupCode,
    refusal: lookupRefusal,
    confirm: async (code, found) =>
      found.kind === 'voucher' ? { kind: 'voucher', voucher: await redeemVoucher(code) } : { kind: 'ticket', ticket: await checkInAttendee(code) },
    errorMessage: partnerErrorMessage,
    invalidMessage: '请输入会员出示的 6 位券码或票码',
  })
}

export type ConsoleVerify = ReturnType<typeof useConsoleVerify>
