import { useEffect, useState } from 'react'
import type { ContestView } from '@shared/api'
import { listContests } from '@/services/contests'

/** The first contest taking entries now, for the feed's strip; null when none (or unreadable). */
export function useOpenContest(): ContestView | null {
  const [contest, setContest] = useState<ContestView | null>(null)
  useEffect(() => {
    let live = true
    listContests().then(
      (items) => live && setContest(items.find((c) => c.phase === 'open') ?? null),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return contest
}
