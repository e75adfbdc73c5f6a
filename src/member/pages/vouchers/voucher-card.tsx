import { Text, View } from '@tarojs/components'
import type { VoucherView } from '@shared/api'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'
import { Avatar } from '@/components/avatar'
import { Tag } from '@/components/tag'
import { expiringSoonText, validityText, voucherChip } from '@/utils/voucher-status'

/** A voucher in 我的卡券: the partner, what it is for, how long it works. */
export function VoucherCard({ voucher: v, now, onOpen }: { voucher: VoucherView; now: number; onOpen: (voucherId: string) => void }) {
  const chip = voucherChip(v.status)
  const soon = expiringSoonText(v, now)
  return (
    <View className={`voucher-card voucher-card--${v.status}`} data-voucher-id={v.voucherId} onClick={() => onOpen(v.voucherId)}>
      <View className='voucher-card__stub'>
        <Avatar src={v.partner.logo} name={v.partner.name} size='md' kind='shop' />
        <Text className='voucher-card__kind'>{PARTNER_KIND_LABELS[v.partner.kind] ?? '合作伙伴'}</Text>
      </View>
      <View className='voucher-card__body'>
        <View className='voucher-card__top'>
          <Text className='voucher-card__service'>{v.service}</Text>
          <Tag tone={chip.tone}>{chip.label}</Tag>
        </View>
        <Text className='voucher-card__partner'>{v.partner.name}</Text>
        <Text className='voucher-card__from'>购买「{v.dealTitle}」获赠</Text>
        <View className='voucher-card__foot'>
          <Text className='voucher-card__validity'>{validityText(v)}</Text>
          {soon ? <Text className='voucher-card__soon'>{soon}</Text> : v.status === 'active' ? <Text className='voucher-card__go'>去使用 ›</Text> : null}
        </View>
      </View>
    </View>
  )
}
