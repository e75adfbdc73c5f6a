import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PartnerView } from '@shared/api'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'
import { Avatar } from '@/components/avatar'
import './partner-info.scss'

export interface PartnerInfoProps {
  partner: PartnerView
  className?: string
}

const navigate = (p: PartnerView) => {
  if (!p.location) return
  Taro.openLocation({ ...p.location, name: p.name, address: p.address, scale: 16 }).catch(() => undefined)
}

const call = (phone: string) => {
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

/** A partner as members see it: who, what kind, where (导航 when it has a location), when open, a phone. */
export function PartnerInfo({ partner: p, className = '' }: PartnerInfoProps) {
  return (
    <View className={`partner-info ${className}`} data-partner-id={p.partnerId}>
      <View className='partner-info__head'>
        <Avatar src={p.logo} name={p.name} size='md' kind='shop' />
        <View className='partner-info__who'>
          <Text className='partner-info__name'>{p.name}</Text>
          <Text className='partner-info__kind'>{PARTNER_KIND_LABELS[p.kind] ?? '合作伙伴'}</Text>
        </View>
      </View>
      {p.intro ? <Text className='partner-info__intro'>{p.intro}</Text> : null}
      {p.address ? (
        <View className='partner-info__row'>
          <Text className='partner-info__label'>地址</Text>
          <Text className='partner-info__value'>{p.address}</Text>
          {p.location ? (
            <Text className='partner-info__go' onClick={() => navigate(p)}>
              导航
            </Text>
          ) : null}
        </View>
      ) : null}
      {p.hours ? (
        <View className='partner-info__row'>
          <Text className='partner-info__label'>营业</Text>
          <Text className='partner-info__value'>{p.hours}</Text>
        </View>
      ) : null}
      {p.phone ? (
        <View className='partner-info__row'>
          <Text className='partner-info__label'>电话</Text>
          <Text className='partner-info__value'>{p.phone}</Text>
          <Text className='partner-info__go' onClick={() => call(p.phone)}>
            拨打
          </Text>
        </View>
      ) : null}
    </View>
  )
}
