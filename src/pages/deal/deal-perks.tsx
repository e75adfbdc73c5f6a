import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PerkView } from '@shared/api'
import { PartnerInfo } from '@/components/partner-info'
import { SheetHead } from '@/components/sheet-head'
import './deal-perks.scss'

/** 买就送: the deal's perks (a partner's voucher with each unit bought) and how many are left; a tap shows the partner. */
export function DealPerks({ perks }: { perks: PerkView[] }) {
  const [open, setOpen] = useState<PerkView | null>(null)
  if (!perks.length) return null
  return (
    <View className='deal-perks'>
      {perks.map((p) => (
        <View key={p.perkId} className={`deal-perk ${p.left > 0 ? '' : 'deal-perk--out'}`} data-perk-id={p.perkId} onClick={() => setOpen(p)}>
          <Text className='deal-perk__badge'>买就送</Text>
          <Text className='deal-perk__text'>
            {p.partner.name} · {p.service}
          </Text>
          <Text className='deal-perk__left'>{p.left > 0 ? `剩 ${p.left} 份` : '已领完'} ›</Text>
        </View>
      ))}
      {open ? (
        <View className='deal-perk-sheet'>
          <View className='deal-perk-sheet__mask' onClick={() => setOpen(null)} />
          <View className='deal-perk-sheet__panel'>
            <SheetHead block='deal-perk-sheet' title={`买就送：${open.service}`} onClose={() => setOpen(null)} />
            <Text className='deal-perk-sheet__note'>
              {open.left > 0 ? `每买 1 份送 1 张卡券（每人最多 ${open.perMember} 张），订单完成后自动发到「我的卡券」` : '卡券已全部送完，现在购买不再赠送'}
            </Text>
            {open.terms ? <Text className='deal-perk-sheet__terms'>{open.terms}</Text> : null}
            <PartnerInfo partner={open.partner} className='deal-perk-sheet__partner' />
          </View>
        </View>
      ) : null}
    </View>
  )
}
