import { Button, Text, View } from '@tarojs/components'
import type { PerkView } from '@shared/api'
import { Tag } from '@/components/tag'
import { validityText } from '@/utils/perk-form'

/** This partner's perks: buy <deal> → <service>, issued of total, validity; tap to edit; 添加权益. */
export function PerksCard({ perks, onEdit, onAdd }: { perks: PerkView[]; onEdit: (perk: PerkView) => void; onAdd: () => void }) {
  return (
    <View className='partner-section partner-perks'>
      <View className='partner-section__head'>
        <Text className='partner-section__title'>权益（买就送）</Text>
        <Text className='partner-section__note'>订单完成后自动发券</Text>
      </View>
      {perks.length ? (
        perks.map((k) => (
          <View key={k.perkId} className={`partner-perks__item ${k.active ? '' : 'partner-perks__item--off'}`} data-perk-id={k.perkId} onClick={() => onEdit(k)}>
            <View className='partner-perks__top'>
              <Text className='partner-perks__service'>{k.service}</Text>
              {k.active ? k.left > 0 ? <Tag tone='green'>发放中</Tag> : <Tag tone='amber'>已发完</Tag> : <Tag tone='plain'>已停用</Tag>}
            </View>
            <Text className='partner-perks__deal'>买「{k.dealTitle}」赠送</Text>
            <View className='partner-perks__bar'>
              <View className='partner-perks__fill' style={{ width: `${k.total ? Math.min(100, (k.issued / k.total) * 100) : 0}%` }} />
            </View>
            <Text className='partner-perks__meta'>
              已发 {k.issued}/{k.total} · {validityText(k.validity)} · 每人限 {k.perMember} 张
            </Text>
          </View>
        ))
      ) : (
        <Text className='partner-section__empty'>还没有权益。给一款拼团商品加上「买就送」：如 买晨光能量碗 送一节瑜伽体验课</Text>
      )}
      <Button className='partner-section__action partner-perks__add' onClick={onAdd}>
        ＋ 添加权益
      </Button>
    </View>
  )
}
