import { Text, View } from '@tarojs/components'
import type { PartnerView } from '@shared/api'
import { PARTNER_KIND_LABELS } from '@shared/domain/partner'
import { Avatar } from '@/components/avatar'

export interface PartnerHeadProps {
  partner: PartnerView
  /** All the partners the caller serves: chips to switch when more than one. */
  partners: PartnerView[]
  onChoose: (partnerId: string) => void
}

/** Whose console this is; staff of several partners switch here. */
export function PartnerHead({ partner, partners, onChoose }: PartnerHeadProps) {
  return (
    <View className='console-head'>
      {partners.length > 1 ? (
        <View className='console-head__choices'>
          {partners.map((p) => (
            <Text
              key={p.partnerId}
              className={`console-head__choice ${p.partnerId === partner.partnerId ? 'console-head__choice--on' : ''}`}
              data-partner-id={p.partnerId}
              onClick={() => onChoose(p.partnerId)}
            >
              {p.name}
            </Text>
          ))}
        </View>
      ) : null}
      <View className='console-head__card' data-partner-id={partner.partnerId}>
        <Avatar src={partner.logo} name={partner.name} size='lg' />
        <View className='console-head__who'>
          <Text className='console-head__name'>{partner.name}</Text>
          <Text className='console-head__meta'>
            {PARTNER_KIND_LABELS[partner.kind] ?? '合作伙伴'}
            {partner.address ? ` · ${partner.address}` : ''}
          </Text>
        </View>
      </View>
    </View>
  )
}
