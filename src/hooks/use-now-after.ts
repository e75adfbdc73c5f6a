import { useEffect, useState } from 'react'

const MAX_WAIT_MS = 2 ** 31 - 1

/**
 * The time (ms), read again once the instant `at` (ISO) has come, so a page changes by
 * itself at a deadline (an unpaid order turning 已超时) without ticking every second.
 */
export function useNowAfter(at: string | undefined): number {
  const deadline = at ? Date.parse(at) : NaN
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const wait = deadline - Date.now()
    if (!(wait >= 0)) return undefined
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 20, MAX_WAIT_MS))
    return () => clearTimeout(timer)
  }, [deadline, now])
  return now
}
