import { Text, View } from '@tarojs/components'
import type { AddressView } from '@shared/api'
import { addressLine, maskPhone } from '@/utils/address-form'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

export interface AddressOptionsProps {
  addresses: AddressView[]
  selectedId: string | null
  onSelect: (addressId: string) => void
  /** h5 (and WeChat, by hand): the address form. */
  onAdd: () => void
  /** WeChat: one of the user's WeChat addresses. */
  onWechat: () => void
  onManage: () => void
}

/** 快递到家: the saved addresses to choose from, and ways to add one. */
export function AddressOptions({ addresses, selectedId, onSelect, onAdd, onWechat, onManage }: AddressOptionsProps) {
  return (
    <View className='address-options'>
      {addresses.length === 0 ? <Text className='address-options__empty'>还没有收货地址，先添加一个吧</Text> : null}
      {addresses.map((a) => (
        <View
          key={a.addressId}
          className={`address-option ${a.addressId === selectedId ? 'address-option--selected' : ''}`}
          data-address-id={a.addressId}
          onClick={() => onSelect(a.addressId)}
        >
          <View className='address-option__radio' />
          <View className='address-option__body'>
            <Text className='address-option__who'>
              {a.name} {maskPhone(a.phone)}
              {a.isDefault ? <Text className='address-option__default'>默认</Text> : null}
            </Text>
            <Text className='address-option__line'>{addressLine(a)}</Text>
          </View>
        </View>
      ))}
      <View className='address-options__links'>
        {IS_WEAPP ? (
          <Text className='address-options__link checkout-sheet__wechat-address' onClick={onWechat}>
            使用微信地址
          </Text>
        ) : null}
        <Text className='address-options__link checkout-sheet__add-address' onClick={onAdd}>
          + 新增地址
        </Text>
        {addresses.length ? (
          <Text className='address-options__link address-options__manage' onClick={onManage}>
            管理地址
          </Text>
        ) : null}
      </View>
    </View>
  )
}
