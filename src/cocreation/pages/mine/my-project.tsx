import { Text, View } from '@tarojs/components'
import type { MyProjectContributions } from '@shared/api'
import { Tag } from '@/components/tag'
import { contributionLabel, shareText, thresholdCondition, weightShare } from '@/utils/cocreation-rewards'
import { formatDate } from '@/utils/format'
import { projectPhaseChip } from '@/utils/project-phase'

/** One project I took part in: what I contributed, what it paid me, and what the next threshold would. */
export function MyProject({ item, onOpen }: { item: MyProjectContributions; onOpen: (projectId: string) => void }) {
  const chip = projectPhaseChip(item.phase)
  const share = weightShare(item.weight, item.totalWeight)
  return (
    <View className='my-project' data-project-id={item.projectId}>
      <View className='my-project__head' onClick={() => onOpen(item.projectId)}>
        <Tag tone={chip.tone}>{chip.label}</Tag>
        <Text className='my-project__title'>{item.title}</Text>
        <Text className='my-project__go'>›</Text>
      </View>
      <Text className='my-project__weight'>
        我的贡献权重 {item.weight}
        {share ? ` / 共 ${item.totalWeight}（约 ${share}）` : ''}
      </Text>
      <View className='my-project__contributions'>
        {item.contributions.map((c, i) => (
          <View key={i} className={`my-project__contribution ${c.adopted ? 'my-project__contribution--adopted' : ''}`}>
            <Text className='my-project__label'>
              {c.adopted ? '★ ' : ''}
              {c.label || contributionLabel(c.kind)}
            </Text>
            <Text className='my-project__date'>{formatDate(c.at)}</Text>
          </View>
        ))}
      </View>
      {item.rewards.map((r) => (
        <View key={r.threshold} className='my-cocreation__reward'>
          <Text className='my-cocreation__reward-title'>第 {r.threshold + 1} 档奖励已到账</Text>
          <Text className='my-cocreation__reward-value'>{shareText(r.cashFen, r.points)}</Text>
          <Text className='my-cocreation__reward-date'>{formatDate(r.paidAt)}</Text>
        </View>
      ))}
      {item.next ? (
        <View className='my-project__next'>
          <Text className='my-project__next-text'>
            下一档：{thresholdCondition(item.next.threshold)}，按现在的权重你将获得
          </Text>
          <Text className='my-project__next-value'>{shareText(item.next.cashFen, item.next.points)}</Text>
        </View>
      ) : item.rewards.length ? (
        <Text className='my-project__done'>所有奖励档位都已达成</Text>
      ) : null}
    </View>
  )
}
