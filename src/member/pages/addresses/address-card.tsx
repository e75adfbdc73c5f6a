import { Text, View } from '@tarojs/components'
import type { AddressView } from '@shared/api'
import { addressLine } from '@/utils/address-form'

export interface AddressCardProps {
  address: AddressView
  onDefault: () => void
  onEdit: () => void
  onDelete: () => void
}

/** One saved address with 默认, 编辑 and 删除. */
export function AddressCard({ address: a, onDefault, onEdit, onDelete }: AddressCardProps) {
  return (
    <View className={`address-card ${a.isDefault ? 'address-card--default' : ''}`} data-address-id={a.addressId}>
      <View className='address-card__body' onClick={onEdit}>
        <Text className='address-card__who'>
          {a.name} {a.phone}
        </Text>
        <Text className='address-card__line'>{addressLine(a)}</Text>
      </View>
      <View className='address-card__actions'>
        {a.isDefault ? (
          <Text className='address-card__default-tag'>默认地址</Text>
        ) : (
          <Text className='address-card__action address-card__set-default' onClick={onDefault}>
            设为默认
          </Text>
        )}
        <Text className='address-card__action address-card__edit' onClick={onEdit}>
          编辑
        </Text>
        <Text className='address-card__action address-card__delete' onClick={onDelete}>
          删除
        </Text>
      </View>
    </View>
  )
}
