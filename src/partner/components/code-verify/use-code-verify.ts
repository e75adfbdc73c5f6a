import { useState } from 'react'
import { type AppError, toAppError } from '@/services/app-error'
import { pickupCodeFrom } from '@/partner/pickup-code'

export type VerifyStep<F, D> = { step: 'entering' } | { step: 'found'; code: string; found: F } | { step: 'done'; done: D }

export interface CodeVerifyOptions<F, D> {
  /** What the code stands for. */
  lookup(code: string): Promise<F>
  /** Why what was found cannot be confirmed (already used, void…), or null. */
  refusal?(found: F): string | null
  /** Hands over / redeems / checks in. */
  confirm(code: string, found: F): Promise<D>
  /** A failure as staff should read it. */
  errorMessage(error: AppError): string
  /** Shown when the input is neither six digits nor a scanned token. */
  invalidMessage: string
}

/**
 * 核销 in three steps, for every kind of code staff verify (pickup, voucher, ticket):
 * type or scan a code, see what it is for, confirm; errors in words staff understand.
 */
export function useCodeVerify<F, D>(options: CodeVerifyOptions<F, D>) {
  const [text, setText] = useState('')
  const [state, setState] = useState<VerifyStep<F, D>>({ step: 'entering' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const lookup = async (input = text) => {
    const code = pickupCodeFrom(input)
    if (!code) {
      setError(options.invalidMessage)
      return
    }
    setBusy(true)
    setError('')
    try {
      const found = await options.lookup(code)
      const refused = options.refusal?.(found) ?? null
      if (refused) setError(refused)
      else setState({ step: 'found', code, found })
    } catch (e) {
      setError(options.errorMessage(toAppError(e)))
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (state.step !== 'found' || busy) return
    setBusy(true)
    setError('')
    try {
      setState({ step: 'done', done: await options.confirm(state.code, state.found) })
      setText('')
    } catch (e) {
      setError(options.errorMessage(toAppError(e)))
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

export type CodeVerify<F, D> = ReturnType<typeof useCodeVerify<F, D>>
