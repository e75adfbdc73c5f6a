import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { PageShell } from '@/components/page-shell'
import { PartnerInfo } from '@/components/partner-info'
import { StatusView } from '@/components/status-view'
import { useReloadable } from '@/hooks/use-reloadable'
import { useRefreshOnShow } from '@/hooks/use-refresh-on-show'
import { openVouchers } from '@/routes'
import { askForVoucherReminder, getVoucher } from '@/services/partner'
import { formatDateTime } from '@/utils/format'
import { VOUCHER_REMINDER_DAYS } from '@shared/domain/partner'
import { expiringSoonText } from '@/utils/voucher-status'
import { VoucherCode } from './voucher-code'
import './index.scss'

const remind = async () => {
  // Before any await: WeChat asks for consent only inside the tap.
  const answer = await askForVoucherReminder()
  const title = answer === 'rejected' ? '未开启提醒，可在设置中打开' : `到期前 ${VOUCHER_REMINDER_DAYS} 天会提醒你`
  Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** A voucher: the code to show at the partner, where the partner is, and the terms. */
export default function VoucherPage() {
  const voucherId = useRouter().params.id
  const load = useCallback(() => getVoucher(voucherId as string), [voucherId])
  const { state, reload } = useReloadable(voucherId ? load : undefined)
  useRefreshOnShow(reload)

  if (state.status === 'loading') {
    return (
      <PageShell className='voucher-page'>
        <View className='voucher-code voucher-code--loading skeleton-block' />
      </PageShell>
    )
  }
  if (state.status === 'error' && state.error.code === 'NOT_FOUND' && voucherId) {
    // A perk reward's voucher is issued a moment after the redemption (the outbox): not out yet is not an error.
    return (
      <PageShell className='voucher-page'>
        <StatusView
          kind='empty'
          title='卡券发放中'
          message='积分兑换的卡券通常一分钟内发放到我的卡券；若这项权益已领完，积分会自动退回。'
          actionText='刷新'
          onAction={() => void reload()}
        />
      </PageShell>
    )
  }
  if (state.status === 'error') {
    return (
      <PageShell className='voucher-page'>
        <StatusView kind='error' title='卡券暂不可用' message={state.error.message} actionText='我的卡券' onAction={openVouchers} />
      </PageShell>
    )
  }
  const v = state.data
  const soon = expiringSoonText(v, Date.now())
  return (
    <PageShell className='voucher-page'>
      <VoucherCode voucher={v} />
      {v.status === 'active' && v.expiresAt ? (
        <View className='voucher-remind'>
          <Text className='voucher-remind__text'>{soon ? `${soon}，别忘了去用` : `到期前 ${VOUCHER_REMINDER_DAYS} 天提醒我去使用`}</Text>
          <Button className='voucher-remind__button' onClick={remind}>
            到期提醒
          </Button>
        </View>
      ) : null}
      <View className='voucher-section'>
        <View className='voucher-section__head'>
          <Text className='voucher-section__title'>使用门店</Text>
        </View>
        <PartnerInfo partner={v.partner} />
      </View>
      <View className='voucher-section'>
        <View className='voucher-section__head'>
          <Text className='voucher-section__title'>使用说明</Text>
        </View>
        {v.terms ? <Text className='voucher-section__terms'>{v.terms}</Text> : null}
        <View className='voucher-facts'>
          <Text className='voucher-facts__line'>每张卡券可核销一次，仅限 {v.partner.name} 使用</Text>
          <Text className='voucher-facts__line'>{formatDateTime(v.issuedAt)} 发放</Text>
          <Text className='voucher-facts__line'>购买「{v.dealTitle}」获赠</Text>
        </View>
      </View>
    </PageShell>
  )
}
