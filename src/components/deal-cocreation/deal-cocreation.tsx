import { Text, View } from '@tarojs/components'
import type { DealView } from '@shared/api'
import { openProject } from '@/routes'
import { presaleText } from '@/utils/presale'
import './deal-cocreation.scss'

/** On a launched deal: its 共创官 (a link to the project's story) and the pre-sale's progress. */
export function DealCoCreation({ deal }: { deal: Pick<DealView, 'coCreation' | 'presale'> }) {
  const { coCreation: co, presale } = deal
  if (!co && !presale) return null
  const p = presale ? presaleText(presale) : null
  return (
    <View className='deal-cocreation'>
      {co ? (
        <View className='deal-cocreators' data-project-id={co.projectId} onClick={() => openProject(co.projectId)}>
          <Text className='deal-cocreators__names'>共创官：{co.coCreators.join('、') || '—'}</Text>
          <Text className='deal-cocreators__go'>共创故事 ›</Text>
        </View>
      ) : null}
      {presale && p ? (
        <View className={`presale-progress presale-progress--${presale.status}`}>
          <View className='presale-progress__line'>
            <Text className='presale-progress__state'>{p.state}</Text>
            <Text className='presale-progress__count'>{p.count}</Text>
          </View>
          <View className='presale-progress__track'>
            <View className='presale-progress__bar' style={{ width: `${p.percent}%` }} />
          </View>
          <Text className='presale-progress__note'>{p.note}</Text>
        </View>
      ) : null}
    </View>
  )
}
