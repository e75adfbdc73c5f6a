import { useEffect, useState } from 'react'
import type { PollView } from '@shared/api'
import { listPolls } from '@/services/community'

/** The polls open now, for the home page's banner; empty when they cannot be read. */
export function useOpenPolls(): PollView[] {
  const [open, setOpen] = useState<PollView[]>([])
  useEffect(() => {
    let live = true
    listPolls().then(
      (polls) => live && setOpen(polls.filter((p) => p.phase === 'open')),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return open
}
