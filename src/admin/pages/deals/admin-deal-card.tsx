import { Button, Image, Text, View } from '@tarojs/components'
import type { AdminDealView } from '@shared/api'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'
import { adminDealStatus, nextListingStatus } from '@/admin/deal-status'
import { formatDateTime, formatYuan } from '@/utils/format'

export interface AdminDealCardProps {
  deal: AdminDealView
  onEdit: (dealId: string) => void
  onGroups: (dealId: string) => void
  onToggle: (deal: AdminDealView) => void
}

/** One deal as the operator manages it: state, stock, groups, and what can be done. */
export function AdminDealCard({ deal, onEdit, onGroups, onToggle }: AdminDealCardProps) {
  const chip = adminDealStatus(deal)
  const listing = nextListingStatus(deal)
  const { open, succeeded, failed } = deal.groupCounts
  return (
    <View className='admin-deal' data-deal-id={deal.dealId} data-status={deal.status}>
      <View className='admin-deal__main' onClick={() => onEdit(deal.dealId)}>
        <Image className='admin-deal__image' src={imageSrc(deal.image)} mode='aspectFill' />
        <View className='admin-deal__body'>
          <View className='admin-deal__title-row'>
            <Text className='admin-deal__title'>{deal.title}</Text>
            <Tag tone={chip.tone} className='admin-deal__status'>
              {chip.label}
            </Tag>
          </View>
          <Text className='admin-deal__meta'>
            {formatYuan(deal.groupPriceFen)} · {deal.groupSize}人团{deal.soloPriceFen !== null ? ` · 单买${formatYuan(deal.soloPriceFen)}` : ''}
          </Text>
          <Text className='admin-deal__meta'>
            {formatDateTime(deal.startAt)} — {formatDateTime(deal.endAt)}
          </Text>
        </View>
      </View>
      <View className='admin-deal__numbers'>
        <Figure value={deal.stockLeft} label={`剩余/共${deal.stockInitial}`} />
        <Figure value={deal.stockReserved} label='待支付占用' />
        <Figure value={deal.soldCount} label='已售' />
        <Figure value={open} label='拼团中' />
        <Figure value={succeeded} label='已成团' />
        <Figure value={failed} label='未成团' />
      </View>
      <View className='admin-deal__actions'>
        <Button className='admin-deal__btn' onClick={() => onGroups(deal.dealId)}>
          查看团
        </Button>
        <Button className='admin-deal__btn' onClick={() => onEdit(deal.dealId)}>
          编辑
        </Button>
        <Button
          className={`admin-deal__btn admin-deal__toggle admin-deal__toggle--${listing}`}
          onClick={() => onToggle(deal)}
        >
          {listing === 'active' ? '上架' : '下架'}
        </Button>
      </View>
    </View>
  )
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <View className='admin-deal__figure'>
      <Text className='admin-deal__figure-value'>{value}</Text>
      <Text className='admin-deal__figure-label'>{label}</Text>
    </View>
  )
}
