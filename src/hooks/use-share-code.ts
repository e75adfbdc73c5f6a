import { useEffect, useState } from 'react'
import { arrivalCode } from '@/services/arrival-code'
import { shareCode } from '@/services/viewer'

/** The code this viewer's share cards carry: theirs if they distribute, else the one they came with. */
export function useShareCode(): string | undefined {
  const [code, setCode] = useState<string | undefined>(() => arrivalCode())
  useEffect(() => {
    let live = true
    shareCode().then((c) => live && setCode(c))
    return () => {
      live = false
    }
  }, [])
  return code
}
