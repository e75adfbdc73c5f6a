import { useEffect, useState } from 'react'
import { listDistributors } from '@/services/admin'
import { coCreatorApplications } from '@/services/admin-member'

export interface Person {
  openid: string
  nickname: string
  /** 团长 · 分销码 ABCD2345, 共创官 … */
  note: string
}

/** People an operator can put in charge of a point or on its staff: leaders, then co-creators. */
export function usePeople(active: boolean) {
  const [people, setPeople] = useState<Person[]>([])
  const [leaders, setLeaders] = useState<Person[]>([])

  useEffect(() => {
    if (!active) return
    let live = true
    Promise.all([listDistributors().catch(() => ({ items: [] })), coCreatorApplications('approved').catch(() => [])]).then(([d, c]) => {
      if (!live) return
      const ls = d.items.filter((x) => x.status === 'active').map((x) => ({ openid: x.openid, nickname: x.nickname || '微信用户', note: `团长 · ${x.code}` }))
      const others = c.filter((x) => !ls.some((l) => l.openid === x.openid)).map((x) => ({ openid: x.openid, nickname: x.nickname || '微信用户', note: '共创官' }))
      setLeaders(ls)
      setPeople([...ls, ...others])
    })
    return () => {
      live = false
    }
  }, [active])

  return { people, leaders }
}
