import { Image, Text, View } from '@tarojs/components'
import type { AdminPartnerView } from '@shared/api'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'
import { Tag } from '@/components/tag'
import { imageSrc } from '@/services/images'

/** One partner: logo, name, kind, how many staff, and its perks (issued / total). */
export function PartnerAdminCard({ partner: p, onOpen }: { partner: AdminPartnerView; onOpen: () => void }) {
  const activePerks = p.perks.filter((k) => k.active)
  return (
    <View className={`partner-admin-card ${p.active ? '' : 'partner-admin-card--inactive'}`} data-partner-id={p.partnerId} onClick={onOpen}>
      <View className='partner-admin-card__top'>
        {p.logo ? <Image className='partner-admin-card__cover' src={imageSrc(p.logo)} mode='aspectFill' /> : <Text className='partner-admin-card__cover partner-admin-card__cover--none'>{p.name.slice(0, 1)}</Text>}
        <View className='partner-admin-card__head'>
          <View className='partner-admin-card__name-row'>
            <Text className='partner-admin-card__name'>{p.name}</Text>
            {p.active ? null : <Tag tone='plain'>已停用</Tag>}
          </View>
          <Text className='partner-admin-card__meta'>
            {PARTNER_KIND_LABELS[p.kind] ?? '其他'} · 店员 {p.staff.length} 人{p.invitations.length ? ` · ${p.invitations.length} 个邀请待接受` : ''}
          </Text>
          <Text className='partner-admin-card__address'>{p.address}</Text>
        </View>
      </View>
      {activePerks.length ? (
        <View className='partner-admin-card__perks'>
          {activePerks.map((k) => (
            <Text key={k.perkId} className='partner-admin-card__perk'>
              买「{k.dealTitle}」送{k.service} · 已发 {k.issued}/{k.total}
            </Text>
          ))}
        </View>
      ) : (
        <Text className='partner-admin-card__none'>还没有权益 · 点开添加</Text>
      )}
    </View>
  )
}
