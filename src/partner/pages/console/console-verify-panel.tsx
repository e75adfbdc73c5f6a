import { Text, View } from '@tarojs/components'
import type { CodeLookupView } from '@shared/api'
import { Avatar } from '@/components/avatar'
import { CodeEntry, VerifyDone, VerifyFound } from '@/partner/components/code-verify'
import { formatDateTime } from '@/utils/format'
import { expiryText } from '@/utils/voucher-status'
import type { ConsoleVerify } from './use-console-verify'

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className='code-found__line'>
      <Text className='code-found__label'>{label}</Text>
      <Text className='code-found__value'>{value}</Text>
    </View>
  )
}

/** What the code is for: a voucher (service, deal, member, validity) or a ticket (event, member). */
function FoundBody({ found }: { found: CodeLookupView }) {
  if (found.kind === 'voucher') {
    const v = found.voucher
    return (
      <View className='code-found code-found--voucher' data-voucher-id={v.voucherId}>
        <Text className='code-found__kind'>卡券</Text>
        <Text className='code-found__title'>{v.service}</Text>
        <Line label='购买商品' value={v.dealTitle} />
        <Line label='会员' value={v.memberNickname || '微信用户'} />
        <Line label='有效期' value={v.expiresAt ? `至 ${expiryText(v.expiresAt)}` : '长期有效'} />
        <Line label='使用门店' value={v.partnerName} />
      </View>
    )
  }
  const t = found.ticket
  return (
    <View className='code-found code-found--ticket' data-event-id={t.eventId}>
      <Text className='code-found__kind code-found__kind--ticket'>活动票</Text>
      <Text className='code-found__title'>{t.eventTitle}</Text>
      <Line label='开始时间' value={formatDateTime(t.startAt)} />
      <View className='code-found__member'>
        <Avatar src={t.memberAvatar} name={t.memberNickname || '微'} size='sm' />
        <Text className='code-found__member-name'>{t.memberNickname || '微信用户'}</Text>
      </View>
    </View>
  )
}

/** 扫码核销 / the 6-digit code; a voucher → 确认核销, a ticket → 确认签到; a clear success. */
export function ConsoleVerifyPanel({ v }: { v: ConsoleVerify }) {
  const { state } = v
  if (state.step === 'done') {
    const d = state.done
    return d.kind === 'voucher' ? (
      <VerifyDone title='核销成功' note={`${d.voucher.memberNickname || '会员'}的「${d.voucher.service}」已核销，请为 TA 提供服务`} onNext={v.restart} />
    ) : (
      <VerifyDone title='签到成功' note={`${d.ticket.memberNickname || '会员'}已签到「${d.ticket.eventTitle}」，成长值已发放`} onNext={v.restart} />
    )
  }
  if (state.step === 'found') {
    const voucher = state.found.kind === 'voucher'
    return (
      <VerifyFound
        heading={voucher ? '核对卡券' : '核对活动票'}
        busy={v.busy}
        error={v.error}
        confirmText={voucher ? '确认核销' : '确认签到'}
        busyText={voucher ? '核销中…' : '签到中…'}
        onBack={v.restart}
        onConfirm={v.confirm}
      >
        <FoundBody found={state.found} />
      </VerifyFound>
    )
  }
  return (
    <CodeEntry heading='扫码核销' what='卡券或活动票二维码' placeholder='6 位券码 / 票码' text={v.text} busy={v.busy} error={v.error} onType={v.type} onLookup={v.lookup} />
  )
}
