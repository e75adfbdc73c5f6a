import { useEffect, useState } from 'react'
import { currentDemoOpenid, listDemoUsers, setDemoOpenid, type DemoUser } from '@/services/demo-user'

/** The demo users of the local cloud, who the browser currently plays, and a way to switch. */
export function useDemoUsers() {
  const [users, setUsers] = useState<DemoUser[]>([])
  const [failed, setFailed] = useState(false)
  const openid = currentDemoOpenid()

  useEffect(() => {
    listDemoUsers()
      .then(setUsers)
      .catch(() => setFailed(true))
  }, [])

  const switchTo = (next: string) => {
    if (next === openid) return
    setDemoOpenid(next)
    // Every page's data depends on who is asking: start over as the new user.
    window.location.reload()
  }

  const current = users.find((u) => u.openid === openid)
  return { users, current, openid, failed, switchTo }
}
