import { Text, View } from '@tarojs/components'
import type { ContributionWallEntry } from '@shared/api'
import { Avatar } from '@/components/avatar'

/** 贡献墙: who contributed what, by nickname; adopted contributions marked. */
export function ContributionWall({ wall }: { wall: ContributionWallEntry[] }) {
  return (
    <View className='project-section contribution-wall'>
      <View className='project-section__head'>
        <Text className='project-section__title'>贡献墙</Text>
        <Text className='project-section__note'>{wall.length} 位贡献者</Text>
      </View>
      {wall.length ? (
        wall.map((entry, i) => (
          <View key={`${entry.nickname}-${i}`} className='contribution-wall__entry'>
            <Avatar src={entry.avatar} name={entry.nickname} size='sm' />
            <View className='contribution-wall__body'>
              <View className='contribution-wall__name-row'>
                <Text className='contribution-wall__name'>{entry.nickname}</Text>
                {entry.isCoCreator ? <Text className='contribution-wall__cocreator'>产品共创官</Text> : null}
              </View>
              <View className='contribution-wall__items'>
                {entry.contributions.map((c, j) => (
                  <Text key={j} className={`contribution-wall__item ${c.adopted ? 'contribution-wall__item--adopted' : ''}`}>
                    {c.adopted ? '★ ' : ''}
                    {c.label}
                  </Text>
                ))}
              </View>
            </View>
          </View>
        ))
      ) : (
        <Text className='project-section__empty'>第一份贡献会出现在这里</Text>
      )}
    </View>
  )
}
