import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { AddressView, DealDeliveryView, DeliveryMode, PickupPointView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { listAddresses } from '@/services/addresses'
import { rememberedDelivery } from '@/services/delivery-memory'
import { pickupPoints } from '@/services/groupbuy'
import { initialAddressId, initialMode, initialPointId, orderPoints } from '@/utils/checkout'

type Loaded<T> = { status: 'loading' } | { status: 'ready'; items: T[] } | { status: 'error'; message: string }

/**
 * What the checkout sheet offers: the saved addresses and the pickup points, each
 * preselected as the shopper chose last time. Addresses are read again when the page
 * comes back (from adding one), and the one just added is chosen.
 */
export function useCheckoutOptions(dealId: string, delivery: DealDeliveryView) {
  const [mode, setMode] = useState<DeliveryMode | null>(() => initialMode(delivery, rememberedDelivery()))
  const [addresses, setAddresses] = useState<Loaded<AddressView>>({ status: 'loading' })
  const [points, setPoints] = useState<Loaded<PickupPointView>>({ status: 'loading' })
  const [addressId, setAddressId] = useState<string | null>(null)
  const [pointId, setPointId] = useState<string | null>(null)

  const loadAddresses = useCallback(async () => {
    if (!delivery.express) return
    try {
      const items = await listAddresses()
      setAddresses({ status: 'ready', items })
      setAddressId(initialAddressId(items, rememberedDelivery()?.addressId))
    } catch (e) {
      setAddresses({ status: 'error', message: toAppError(e).message })
    }
  }, [delivery.express])

  const loadPoints = useCallback(async () => {
    if (!delivery.pickup) return
    try {
      const items = orderPoints(await pickupPoints(dealId))
      setPoints({ status: 'ready', items })
      setPointId((current) => (current && items.some((p) => p.pointId === current) ? current : initialPointId(items, rememberedDelivery()?.pointId)))
    } catch (e) {
      setPoints({ status: 'error', message: toAppError(e).message })
    }
  }, [dealId, delivery.pickup])

  useEffect(() => {
    loadAddresses()
    loadPoints()
  }, [loadAddresses, loadPoints])
  // Back from 新增地址: the list has grown, and the new address was remembered as chosen.
  useDidShow(() => {
    if (addresses.status !== 'loading') loadAddresses()
  })

  return { mode, setMode, addresses, points, addressId, setAddressId, pointId, setPointId, loadAddresses, loadPoints }
}

export type CheckoutOptions = ReturnType<typeof useCheckoutOptions>
