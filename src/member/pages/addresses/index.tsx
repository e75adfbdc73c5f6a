import { Button, View } from '@tarojs/components'
import { PageHead } from '@/components/page-head'
import { PageShell } from '@/components/page-shell'
import { StatusView } from '@/components/status-view'
import { openAddressEdit } from '@/routes'
import { AddressCard } from './address-card'
import { useAddressBook } from './use-address-book'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** 地址管理: list, add, edit, delete, set the default. */
export default function AddressesPage() {
  const { state, reload, makeDefault, remove, fromWechat } = useAddressBook()
  return (
    <PageShell className='addresses-page'>
      <PageHead title='收货地址' note='快递到家时选用，默认地址排在最前' />
      {state.status === 'loading' ? <View className='address-card address-card--skeleton skeleton-block' /> : null}
      {state.status === 'error' ? (
        <StatusView kind='error' title='加载失败' message={state.error.message} actionText='重试' onAction={() => reload()} />
      ) : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <StatusView kind='empty' title='还没有收货地址' message='添加一个，下单时快递到家' />
      ) : null}
      {state.status === 'ready'
        ? state.data.map((a) => (
            <AddressCard
              key={a.addressId}
              address={a}
              onDefault={() => makeDefault(a)}
              onEdit={() => openAddressEdit(a.addressId)}
              onDelete={() => remove(a)}
            />
          ))
        : null}
      <View className='addresses-page__bar'>
        {IS_WEAPP ? (
          <Button className='addresses-page__wechat' onClick={fromWechat}>
            使用微信地址
          </Button>
        ) : null}
        <Button className='addresses-page__add' onClick={() => openAddressEdit()}>
          新增地址
        </Button>
      </View>
    </PageShell>
  )
}
