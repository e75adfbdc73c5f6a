import Taro from '@tarojs/taro'
import type { DeliveryChoice } from '@shared/api'
import type { RememberedDelivery } from '@/utils/checkout'

const KEY = 'gongying.delivery'

/** The delivery chosen last time on this device (mode, and the address and point picked in each). */
export function rememberedDelivery(): RememberedDelivery | null {
  try {
    const value = Taro.getStorageSync(KEY) as RememberedDelivery | ''
    return value && (value.mode === 'express' || value.mode === 'pickup') ? value : null
  } catch {
    return null
  }
}

/** Keeps the choice; the other mode's pick is kept too, for a later deal that offers only it. */
export function rememberDelivery(choice: DeliveryChoice): void {
  const before = rememberedDelivery() ?? {}
  const next: RememberedDelivery =
    choice.mode === 'express' ? { ...before, mode: 'express', addressId: choice.addressId } : { ...before, mode: 'pickup', pointId: choice.pointId }
  try {
    Taro.setStorageSync(KEY, next)
  } catch {
    // storage full or unavailable: the shopper picks again next time
  }
}
