import { Text, View } from '@tarojs/components'
import type { CustomerView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { formatDate } from '@/utils/format'

/** A shopper bound to the leader: who, since when, and whether the binding still holds. */
export function CustomerItem({ customer: c }: { customer: CustomerView }) {
  return (
    <View className='customer-item' data-active={c.active ? 'yes' : 'no'}>
      <Avatar src={c.avatar} name={c.nickname || '客'} />
      <View className='customer-item__who'>
        <Text className='customer-item__name'>{c.nickname || '微信用户'}</Text>
        <Text className='customer-item__dates'>
          {formatDate(c.boundAt)} 绑定 · {c.active ? `${formatDate(c.expiresAt)} 到期` : `${formatDate(c.expiresAt)} 已到期`}
        </Text>
      </View>
      <Tag tone={c.active ? 'green' : 'plain'} className='customer-item__status'>
        {c.active ? '有效' : '已过期'}
      </Tag>
    </View>
  )
}
