import Taro from '@tarojs/taro'
import type { AddressInput, AddressView } from '@shared/api'
import { fromWechatAddress, type WechatAddress } from '@/utils/address-form'
import { invoke } from './api-client'
import { callGuarded } from './privacy-refusal'

// 地址管理: the shopper's saved delivery addresses (the default first).

export async function listAddresses(): Promise<AddressView[]> {
  return (await invoke('member', 'addresses', {})).items
}

/** Adds an address, or edits one when `addressId` is set; a bad field answers INVALID_ARGUMENT with a Chinese message. */
export async function saveAddress(address: AddressInput): Promise<AddressView> {
  return (await invoke('member', 'saveAddress', { address })).address
}

export async function deleteAddress(addressId: string): Promise<void> {
  await invoke('member', 'deleteAddress', { addressId })
}

/**
 * WeChat only: the shopper picks one of their WeChat addresses (chooseAddress), which is
 * saved as theirs here. null when they close the picker, or refuse the privacy guide or the
 * permission (a toast says why).
 */
export async function importWechatAddress(): Promise<AddressView | null> {
  let picked: WechatAddress | null
  try {
    picked = (await callGuarded('使用微信地址', () => Taro.chooseAddress())) as unknown as WechatAddress | null
  } catch {
    return null
  }
  return picked ? saveAddress(fromWechatAddress(picked)) : null
}
