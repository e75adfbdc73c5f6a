import { useEffect, useState } from 'react'
import { viewer } from '@/services/viewer'

/** The viewer's nickname and avatar (for the card and its share title); empty until known. */
export function useViewerProfile(): { nickname: string; avatar: string } {
  const [profile, setProfile] = useState({ nickname: '', avatar: '' })
  useEffect(() => {
    let live = true
    viewer()
      .then((v) => live && setProfile({ nickname: v.nickname, avatar: v.avatar }))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return profile
}
