import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { AddressView } from '@shared/api'
import { toAppError } from '@/services/app-error'
import { deleteAddress, importWechatAddress, listAddresses, saveAddress } from '@/services/addresses'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'

const toastError = (e: unknown) => Taro.showToast({ title: toAppError(e).message, icon: 'none', duration: 2500 })

/** 地址管理: the saved addresses, and 设为默认, 删除, 使用微信地址 on them; the list is read again after each. */
export function useAddressBook() {
  const { state, reload } = useReloadable(listAddresses)
  useRefreshOnShow(reload)

  const makeDefault = useCallback(
    async (a: AddressView) => {
      try {
        await saveAddress({ ...a, isDefault: true })
        await reload(true)
      } catch (e) {
        toastError(e)
      }
    },
    [reload],
  )

  const remove = useCallback(
    async (a: AddressView) => {
      const { confirm } = await Taro.showModal({
        title: '删除地址',
        content: `确定删除 ${a.name} 的这个地址吗？`,
        confirmText: '删除',
        confirmColor: '#d9534f',
      })
      if (!confirm) return
      try {
        await deleteAddress(a.addressId)
        await reload(true)
      } catch (e) {
        toastError(e)
      }
    },
    [reload],
  )

  const fromWechat = useCallback(async () => {
    try {
      if (await importWechatAddress()) await reload(true)
    } catch (e) {
      toastError(e)
    }
  }, [reload])

  return { state, reload, makeDefault, remove, fromWechat }
}
