import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { AddressForm } from './address-form'
import { useAddressEdit } from './use-address-edit'
import './index.scss'

/** 新增 / 编辑收货地址. Opened from 地址管理, or from checkout (`from=checkout`). */
export default function AddressEditPage() {
  const { id, from } = useRouter().params
  const edit = useAddressEdit(id || undefined, from === 'checkout')
  return (
    <PageShell className='address-edit-page'>
      <PageHead title={id ? '编辑收货地址' : '新增收货地址'} note='快递到家时使用，只有你和品牌能看到' />
      {edit.loading ? (
        <View className='address-form address-form--loading skeleton-block' />
      ) : (
        <AddressForm form={edit.form} error={edit.error} submitting={edit.submitting} onChange={edit.change} onSubmit={edit.submit} />
      )}
    </PageShell>
  )
}
