import type { PickupOrderView } from '@shared/api'
import { useCodeVerify } from '@/partner/components/code-verify'
import { lookupPickup, verifyPickup } from '@/services/fulfilment'
import { pickupErrorMessage } from '@/partner/pickup-code'

const refusal = (order: PickupOrderView) =>
  order.status === 'used' ? pickupErrorMessage({ code: 'CODE_USED' }) : order.status === 'void' ? '这个取货码已作废（订单已退款），不要交付' : null

/** 核销 a pickup code: its order, then 确认交付. */
export function usePickupVerify() {
  return useCodeVerify<PickupOrderView, PickupOrderView>({
    lookup: lookupPickup,
    refusal,
    confirm: (code) => verifyPickup(code),
    errorMessage: pickupErrorMessage,
    invalidMessage: '请输入 6 位数字取货码',
  })
}
