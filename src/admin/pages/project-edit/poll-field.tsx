import { Picker, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PollView } from '@shared/api'
import { listPolls } from '@/services/community'

/** An optional linked poll (e.g. the packaging vote), picked from the polls the brand has. */
export function PollField({ value, onChange }: { value: string; onChange: (pollId: string) => void }) {
  const [polls, setPolls] = useState<PollView[]>([])
  useEffect(() => {
    listPolls().then(setPolls, () => setPolls([]))
  }, [])
  const choices = [{ pollId: '', title: '不关联投票' }, ...polls.map((p) => ({ pollId: p.pollId, title: p.title }))]
  const known = choices.findIndex((c) => c.pollId === value)
  const label = known >= 0 ? choices[known].title : `投票 ${value}`
  return (
    <Picker mode='selector' range={choices.map((c) => c.title)} value={Math.max(0, known)} onChange={(e) => onChange(choices[Number(e.detail.value)]?.pollId ?? '')}>
      <Text className={`project-form__picker project-form__poll ${value ? '' : 'project-form__picker--empty'}`}>{label}</Text>
    </Picker>
  )
}
