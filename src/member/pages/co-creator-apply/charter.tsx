import { Text, View } from '@tarojs/components'

/** 《共创者公约》: what every 共创官 agrees to. */
export const CHARTER = [
  { title: '真实体验，诚实评价', text: '只分享亲自吃过、用过的产品；好与不好都如实说，不夸大功效，不虚构体验。' },
  { title: '不刷单，不造假', text: '不用虚假订单、小号或凑人头的方式冲销量、换佣金。' },
  { title: '不刷屏，不打扰', text: '在群里分享有分寸：不发垃圾信息，不在未经允许的群里推广或拉人。' },
  { title: '尊重隐私', text: '不收集、不外传顾客和群友的个人信息、聊天记录与订单信息。' },
  { title: '公开佣金', text: '分享带分销码的名片或海报时，主动说明你会从成交中获得佣金。' },
  { title: '共创守密', text: '新品共创期间的样品、配方和价格，在品牌公布前不对外透露。' },
]

export function Charter() {
  return (
    <View className='co-charter'>
      <Text className='co-charter__title'>共创者公约</Text>
      {CHARTER.map((item, i) => (
        <View key={item.title} className='co-charter__item'>
          <Text className='co-charter__no'>{i + 1}</Text>
          <View className='co-charter__body'>
            <Text className='co-charter__item-title'>{item.title}</Text>
            <Text className='co-charter__text'>{item.text}</Text>
          </View>
        </View>
      ))}
      <Text className='co-charter__foot'>违反公约的，品牌可暂停分销码或撤销共创官资格。</Text>
    </View>
  )
}
