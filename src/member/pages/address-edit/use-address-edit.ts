import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AddressInput } from '@shared/api'
import { goBack } from '@/routes'
import { toAppError } from '@/services/app-error'
import { listAddresses, saveAddress } from '@/services/addresses'
import { rememberDelivery } from '@/services/delivery-memory'
import { addressProblem, cleanAddress, EMPTY_ADDRESS, type AddressField } from '@/utils/address-form'

export interface FormError {
  /** null: the server refused the address as a whole; its message is shown as is. */
  field: AddressField | null
  message: string
}

/**
 * The address form: a new address, or a saved one (`addressId`). Saved from checkout,
 * the address becomes the one chosen there.
 */
export function useAddressEdit(addressId: string | undefined, fromCheckout: boolean) {
  const [form, setForm] = useState<AddressInput>(EMPTY_ADDRESS)
  const [loading, setLoading] = useState(Boolean(addressId))
  const [error, setError] = useState<FormError | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const busy = useRef(false)

  useEffect(() => {
    if (!addressId) return
    listAddresses()
      .then((items) => {
        const found = items.find((a) => a.addressId === addressId)
        if (found) setForm({ ...found })
        else setError({ field: null, message: '这个地址已删除' })
      })
      .catch((e) => setError({ field: null, message: toAppError(e).message }))
      .finally(() => setLoading(false))
  }, [addressId])

  const change = <K extends keyof AddressInput>(key: K, value: AddressInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    if (error?.field === key) setError(null)
  }

  const submit = async () => {
    if (busy.current) return
    const problem = addressProblem(form)
    if (problem) {
      setError(problem)
      return
    }
    busy.current = true
    setSubmitting(true)
    setError(null)
    try {
      const saved = await saveAddress(cleanAddress(form))
      if (fromCheckout) rememberDelivery({ mode: 'express', addressId: saved.addressId })
      Taro.showToast({ title: '地址已保存', icon: 'success' })
      setTimeout(() => goBack('addresses'), 600)
    } catch (e) {
      setError({ field: null, message: toAppError(e).message })
    } finally {
      busy.current = false
      setSubmitting(false)
    }
  }

  return { form, loading, error, submitting, change, submit }
}
