import { Text, View } from '@tarojs/components'
import type { ProjectDetail } from '@shared/api'
import { openDeal, openMyCoCreation } from '@/routes'
import { thresholdCondition, thresholdPool, thresholdProgress } from '@/utils/cocreation-rewards'

/** The reward plan's thresholds; once launched, the deal, its effective sales and the thresholds crossed. */
export function ProjectRewards({ project }: { project: ProjectDetail }) {
  const { thresholds } = project.rewardPlan
  const sales = project.sales
  return (
    <View className='project-section project-rewards'>
      <View className='project-section__head'>
        <Text className='project-section__title'>{project.phase === 'launched' ? '已上市 · 贡献者奖励' : '贡献者奖励'}</Text>
        {sales ? <Text className='project-section__note'>有效销量 {sales.units} 份</Text> : null}
      </View>
      {project.launchedDealId ? (
        <View className='project-rewards__deal' onClick={() => openDeal(project.launchedDealId as string)}>
          <Text className='project-rewards__deal-text'>去看上市的产品</Text>
          <Text className='project-rewards__deal-go'>›</Text>
        </View>
      ) : null}
      {thresholds.map((t, i) => {
        const crossed = sales?.crossed.includes(i) ?? false
        return (
          <View key={i} className={`project-rewards__threshold ${crossed ? 'project-rewards__threshold--crossed' : ''}`}>
            <View className='project-rewards__line'>
              <Text className='project-rewards__condition'>{thresholdCondition(t)}</Text>
              <Text className='project-rewards__pool'>{thresholdPool(t)}</Text>
              {crossed ? <Text className='project-rewards__crossed'>已达成</Text> : null}
            </View>
            {sales && !crossed ? (
              <View className='project-rewards__track'>
                <View className='project-rewards__bar' style={{ width: `${thresholdProgress(t, sales)}%` }} />
              </View>
            ) : null}
          </View>
        )
      })}
      <Text className='project-rewards__note'>达成后按贡献权重自动分给每位贡献者，现金进佣金钱包，积分即时到账</Text>
      <Text className='project-rewards__mine' onClick={openMyCoCreation}>
        我的共创 · 我的贡献和奖励 ›
      </Text>
    </View>
  )
}
