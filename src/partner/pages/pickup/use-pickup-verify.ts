import { useState } from 'react'
import type { PickupOrderView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { lookupPickup, verifyPickup } from '@/services/fulfilment'
import { pickupCodeFrom, pickupErrorMessage } from '@/partner/pickup-code'

export type VerifyStep =
  | { step: 'entering' }
  | { step: 'found'; code: string; order: PickupOrderView }
  | { step: 'done'; order: PickupOrderView }

/** 核销: type or scan a code, see its order, hand the goods over; errors in words staff understand. */
export function usePickupVerify() {
  const [text, setText] = useState('')
  const [state, setState] = useState<VerifyStep>({ step: 'entering' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const lookup = async (input = text) => {
    const code = pickupCodeFrom(input)
    if (!code) {
      setError('请输入 6 位数字取货码')
      return
    }
    setBusy(true)
    setError('')
    try {
      const order = await lookupPickup(code)
      if (order.status === 'used') setError(pickupErrorMessage({ code: 'CODE_USED' }))
      else if (order.status === 'void') setError('这个取货码已作废（订单已退款），不要交付')
      else setState({ step: 'found', code, order })
    } catch (e) {
      setError(pickupErrorMessage(toAppError(e)))
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (state.step !== 'found' || busy) return
    setBusy(true)
    setError('')
    try {
      setState({ step: 'done', order: await verifyPickup(state.code) })
      setText('')
    } catch (e) {
      setError(pickupErrorMessage(toAppError(e)))
    } finally {
      setBusy(false)
    }
  }

  const restart = () => {
    setState({ step: 'entering' })
    setText('')
    setError('')
  }

  const type = (value: string) => {
    setText(value)
    setError('')
  }

  return { text, type, state, error, busy, lookup, confirm, restart }
}
