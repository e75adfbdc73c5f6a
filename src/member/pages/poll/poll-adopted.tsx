import { Text, View } from '@tarojs/components'
import { openAdminDealEdit, openDeal } from '@/routes'
import type { AdoptedLink } from './use-adopted-deal'

const TITLE = { admin: '已采纳，新品草稿待上架', deal: '已采纳，新品已上架', soon: '已采纳，即将上新' } as const

/** A closed poll whose winner became a new product: the way to it, when there is one. */
export function PollAdopted({ link }: { link: AdoptedLink }) {
  if (link.kind === 'none') return null
  const action =
    link.kind === 'admin'
      ? { text: '编辑新品 ›', go: () => openAdminDealEdit(link.dealId) }
      : link.kind === 'deal'
        ? { text: '去拼团 ›', go: () => openDeal(link.dealId) }
        : null
  return (
    <View className='poll-adopted' onClick={action?.go}>
      <View className='poll-adopted__icon' />
      <View className='poll-adopted__text'>
        <Text className='poll-adopted__title'>{TITLE[link.kind]}</Text>
        <Text className='poll-adopted__note'>投给胜出选项的伙伴都记为共创者</Text>
      </View>
      {action ? <Text className='poll-adopted__link'>{action.text}</Text> : null}
    </View>
  )
}
