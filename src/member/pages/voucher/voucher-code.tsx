import { Text, View } from '@tarojs/components'
import type { VoucherView } from '@shared/api'
import { CodeFace } from '@/member/components/code-face'
import { Tag } from '@/components/tag'
import { validityText, VOUCHER_NOTE, voucherChip } from '@/utils/voucher-status'

const STAMP = { used: '已使用', expired: '已过期', withdrawn: '已撤回' } as const

/** The voucher's face: the service and partner, the QR code and 6-digit code while unused, or its stamp. */
export function VoucherCode({ voucher: v }: { voucher: VoucherView }) {
  const chip = voucherChip(v.status)
  const usable = v.status === 'active' && Boolean(v.token)
  return (
    <View className={`voucher-code voucher-code--${v.status}`} data-status={v.status}>
      <Text className='voucher-code__partner'>{v.partner.name}</Text>
      <Text className='voucher-code__service'>{v.service}</Text>
      <Tag tone={chip.tone} className='voucher-code__chip'>
        {chip.label}
      </Tag>
      {usable ? (
        <CodeFace token={v.token} code={v.code} label='券码' />
      ) : (
        <View className='voucher-code__stamp-box'>
          <Text className='voucher-code__stamp'>{v.status === 'active' ? '暂不可用' : STAMP[v.status]}</Text>
        </View>
      )}
      <Text className='voucher-code__validity'>{validityText(v)}</Text>
      <Text className='voucher-code__note'>{VOUCHER_NOTE[v.status]}</Text>
    </View>
  )
}
