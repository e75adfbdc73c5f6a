import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { ProjectDetail, TrialRoundView } from '@shared/api'
import { StatusView } from '@/components/status-view'
import { openTrialRound } from '@/services/admin-cocreation'
import { formatDate } from '@/utils/format'
import type { ConsoleRun } from './use-project-console'

const SCORES = [
  ['taste', '口味'],
  ['texture', '口感'],
  ['packaging', '包装'],
  ['value', '性价比'],
] as const

function RoundCard({ round, coCreators }: { round: TrialRoundView; coCreators: number }) {
  return (
    <View className='admin-card trial-round' data-round-id={round.roundId}>
      <View className='trial-round__head'>
        <Text className='trial-round__version'>{round.version}</Text>
        <Text className='admin-card__meta'>{formatDate(round.sentAt)} 寄出</Text>
      </View>
      {round.changes ? <Text className='admin-card__quote'>改动：{round.changes}</Text> : null}
      <View className='admin-card__figures'>
        {SCORES.map(([key, label]) => (
          <View key={key} className='admin-card__figure'>
            <Text className='admin-card__figure-value'>{round.reports ? round.averages[key].toFixed(1) : '—'}</Text>
            <Text className='admin-card__figure-label'>{label}</Text>
          </View>
        ))}
      </View>
      <Text className='admin-card__meta'>
        {round.reports}/{coCreators} 份报告 · {round.wouldBuy} 人愿意购买
      </Text>
    </View>
  )
}

/** 内测: 寄出样品 opens a round (version note and what changed); each round's averages from the co-creators' reports. */
export function TrialsPanel({ project, busy, run }: { project: ProjectDetail; busy: string | null; run: ConsoleRun }) {
  const [version, setVersion] = useState('')
  const [changes, setChanges] = useState('')
  const open = async () => {
    if (version.trim().length < 1) return
    if (await run('trial', '已寄出样品', () => openTrialRound(project.projectId, version.trim(), changes.trim()))) {
      setVersion('')
      setChanges('')
    }
  }
  const rounds = [...project.trialRounds].reverse()
  return (
    <View className='console-list'>
      {project.phase === 'trial' ? (
        <View className='admin-card trial-admin'>
          <Text className='trial-admin__title'>寄出第 {project.trialRounds.length + 1} 轮样品</Text>
          <Input className='trial-admin__version' value={version} maxlength={40} placeholder={`版本说明，如：v${project.trialRounds.length + 1}：减糖 30%`} onInput={(e) => setVersion(e.detail.value)} />
          <Textarea className='trial-admin__changes' value={changes} maxlength={300} placeholder={project.trialRounds.length ? '根据上一轮报告改了什么' : '这一轮样品的要点（选填）'} onInput={(e) => setChanges(e.detail.value)} />
          <Text className='admin-card__meta'>寄出后，{project.coCreators.length} 位共创官可以提交这一轮的内测报告</Text>
          <Button className='trial-admin__open' disabled={!version.trim() || Boolean(busy) || undefined} onClick={open}>
            {busy === 'trial' ? '处理中…' : '寄出样品'}
          </Button>
        </View>
      ) : project.phase === 'launched' ? null : (
        <Text className='console-list__hint'>进入「内测」阶段后可以寄出样品</Text>
      )}
      {!rounds.length && project.phase !== 'trial' ? <StatusView kind='empty' title='还没有内测轮次' message='内测阶段寄出样品后，共创官的报告均分显示在这里' /> : null}
      {rounds.map((r) => (
        <RoundCard key={r.roundId} round={r} coCreators={project.coCreators.length} />
      ))}
    </View>
  )
}
